package org.pressarchive.render;

import java.util.Locale;

/**
 * The expression object {@code #once} of templates: {@code #once.render('chrome.html ::
 * siteBar(bar)', value)} is the markup of that fragment with its one parameter bound to
 * {@code value}, rendered the first time the build asks for it in a language and with an equal
 * value, and reused after that (the markup of parts of the page chrome that are the same on many
 * pages, placed with {@code th:utext}). The fragment stays in a template, which a theme can
 * override like any other; it must depend on nothing but its parameter and the messages of the
 * page's language, and its value must have a value-based {@code equals} (a record).
 */
public final class OnceFragments {
    private final TemplateRenderer renderer;
    private final Locale locale;

    OnceFragments(TemplateRenderer renderer, Locale locale) {
        this.renderer = renderer;
        this.locale = locale;
    }

    /**
     * @param fragment {@code template :: name(parameter)}, as the fragment's {@code th:fragment}
     *                 declares it
     * @param value    the parameter's value
     */
    public String render(String fragment, Object value) {
        return renderer.once(fragment, locale, value);
    }
}
