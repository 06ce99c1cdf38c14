package org.pressarchive.render;

import java.util.List;
import java.util.function.Function;

/** One kind of output (release pages, the home page, the feed…): the files it contributes to the site. */
public interface OutputSet {
    List<RenderTask> tasks(SiteContext site);

    /**
     * The tasks, given the tasks other output sets listed for this build (a sitemap lists the
     * pages of others): a build lists the others first, then calls this, so that no set's tasks
     * are listed twice. By default, {@link #tasks(SiteContext)}.
     *
     * @param listed the tasks an output set of the same build listed
     */
    default List<RenderTask> tasks(SiteContext site, Function<OutputSet, List<RenderTask>> listed) {
        return tasks(site);
    }

    /** Whether {@link #tasks(SiteContext, Function)} reads the tasks of other sets (it is then listed last). */
    default boolean listsOthers() {
        return false;
    }
}
