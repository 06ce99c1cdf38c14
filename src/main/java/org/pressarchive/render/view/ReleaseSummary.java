package org.pressarchive.render.view;

import java.util.List;

/** A release in a list: title, dates, place, speakers' names, relative link. */
public record ReleaseSummary(String id, String title, String dateIso, String dateLong, String location,
                             List<String> participants, String href) {
}
