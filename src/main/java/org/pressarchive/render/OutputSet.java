package org.pressarchive.render;

import java.util.List;

/** One kind of output (release pages, the home page, the feed…): the files it contributes to the site. */
public interface OutputSet {
    List<RenderTask> tasks(SiteContext site);
}
