package org.pressarchive.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Release;
import org.pressarchive.model.Slugs;

/**
 * Organisations and initiatives named in the text, each with the releases and paragraphs that
 * name it; built once, immutable. A theme is found three ways: an entry of the {@link ThemeCatalog}
 * (by name, other spelling or acronym), a name defined with its acronym in parentheses
 * ({@code Organisation internationale de médiation (OIMed)}; later bare uses of the acronym count
 * too), or an initiative in guillemets ({@code Initiative « la Ceinture et la Route »}).
 */
public final class ThemeIndex {

    /** A paragraph that names a theme: its anchor and its index. */
    public record Spot(String id, int index) {
    }

    /** The paragraphs of one release that name a theme, in text order. */
    public record Mention(Release release, List<Spot> paragraphs) {
        public Mention {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A theme; {@code acronym} may be null; mentions run newest release first. */
    public record Theme(String slug, String name, String acronym, List<Mention> mentions) {
        public Theme {
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * A name a release's text defines, in text order: an acronym with the name before its
     * parenthesis, or (acronym null) an initiative in guillemets. Computed from each release's text
     * once; the archive's themes are then settled from these alone, newest release first.
     */
    public record Definition(String acronym, String name) {
        /** The definitions of a release, in text order (per paragraph: acronyms, then initiatives). */
        public static List<Definition> of(Release release) {
            List<Definition> out = new ArrayList<>();
            for (Paragraph p : release.paragraphs()) {
                definitions(p.text(), out);
            }
            return List.copyOf(out);
        }
    }

    private static final String SPACE = "[\\s\\u00A0\\u202F]+";
    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{L}\\d]{1,9})\\)");
    private static final Pattern INITIATIVE = Pattern.compile(
            "Initiative" + SPACE + "«[\\s\\u00A0\\u202F]*([^»«\\n]{2,80}?)[\\s\\u00A0\\u202F]*»");
    private static final int NAME_WORDS = 10;
    private static final Pattern SPACES = Pattern.compile(SPACE);
    private static final Pattern ELISION = Pattern.compile("^[lLdD][’']");
    private static final Pattern PUNCTUATION = Pattern.compile(".*[,;:.!?»«()\\[\\]].*");

    private final List<Theme> themes;
    private final Vocabulary vocabulary;
    private final Map<String, Theme> bySlug;

    private ThemeIndex(List<Theme> themes, Vocabulary vocabulary) {
        this.themes = List.copyOf(themes);
        this.vocabulary = vocabulary;
        Map<String, Theme> m = new HashMap<>();
        themes.forEach(t -> m.put(t.slug(), t));
        this.bySlug = Map.copyOf(m);
    }

    /** A paragraph of a release naming a theme (one per surface found, in text order). */
    public record Hit(String theme, Spot spot) {
    }

    /**
     * The names the archive's themes are found by: the catalogue's and those its releases define,
     * settled newest release first. Finding them in a text depends on nothing else, so a release's
     * hits can be kept for as long as its text and the vocabulary's {@link #digest()} are the same.
     */
    public static final class Vocabulary {
        private final Map<String, String> forms;
        private final Map<String, String> names;
        private final Map<String, String> acronyms;
        private final SurfaceFinder finder;
        private final String digest;

        private Vocabulary(Map<String, String> forms, Map<String, String> names, Map<String, String> acronyms) {
            this.forms = forms;
            this.names = names;
            this.acronyms = acronyms;
            this.finder = new SurfaceFinder(surfacePattern(forms.keySet()), forms.keySet());
            StringBuilder sb = new StringBuilder();
            forms.forEach((f, k) -> sb.append(f).append('\u0000').append(k).append('\n'));
            this.digest = ContentDigest.of(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** The surfaces of the vocabulary found in a release's text, in text order. */
        public List<Hit> find(Release full) {
            List<Hit> hits = new ArrayList<>();
            for (Paragraph p : full.paragraphs()) {
                Spot spot = null;
                for (String surface : finder.find(p.text())) {
                    spot = spot == null ? new Spot(p.id(), p.index()) : spot;
                    hits.add(new Hit(forms.get(collapse(surface)), spot));
                }
            }
            return List.copyOf(hits);
        }

        /** Changes whenever what {@link #find} finds may change. */
        public String digest() {
            return digest;
        }
    }

    /**
     * The vocabulary of an archive.
     *
     * @param releases    newest first
     * @param definitions the names each release defines
     */
    public static Vocabulary vocabulary(List<Release> releases, ThemeCatalog catalog,
                                        java.util.function.Function<Release, List<Definition>> definitions) {
        // Surface form (whitespace collapsed) → theme key; names and acronyms of each key.
        Map<String, String> forms = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        Map<String, String> catalogAcronyms = new HashMap<>();
        for (ThemeCatalog.Entry e : catalog.entries()) {
            names.put(e.id(), e.name());
            if (e.acronym() != null) {
                acronyms.put(e.id(), e.acronym());
                catalogAcronyms.put(e.acronym(), e.id());
            }
            for (String f : e.forms()) {
                forms.putIfAbsent(collapse(f), e.id());
            }
        }
        for (Release r : releases) {
            for (Definition d : definitions.apply(r)) {
                define(d, forms, names, acronyms, catalogAcronyms);
            }
        }
        return new Vocabulary(forms, names, acronyms);
    }

    /** @param releases newest first, with their text */
    public static ThemeIndex of(List<Release> releases, ThemeCatalog catalog) {
        Vocabulary vocabulary = vocabulary(releases, catalog, Definition::of);
        return of(releases, vocabulary, vocabulary::find);
    }

    /**
     * @param releases newest first (their text is not needed)
     * @param hits     each release's hits of the vocabulary; asked for once per release, on all cores
     */
    public static ThemeIndex of(List<Release> releases, Vocabulary vocabulary,
                                java.util.function.Function<Release, List<Hit>> hits) {
        List<List<Hit>> found = releases.parallelStream().map(hits).toList();
        Map<String, Release> byId = new HashMap<>();
        Map<String, Map<String, List<Spot>>> byTheme = new HashMap<>();
        for (int i = 0; i < releases.size(); i++) {
            Release r = releases.get(i);
            byId.put(r.id(), r);
            for (Hit h : found.get(i)) {
                List<Spot> ps = byTheme.computeIfAbsent(h.theme(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.id(), k -> new ArrayList<>());
                if (ps.isEmpty() || !ps.get(ps.size() - 1).equals(h.spot())) {
                    ps.add(h.spot());
                }
            }
        }
        List<Theme> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Spot>>> e : byTheme.entrySet()) {
            List<Mention> mentions = new ArrayList<>();
            e.getValue().forEach((id, ps) -> mentions.add(new Mention(byId.get(id), ps)));
            out.add(new Theme(e.getKey(), vocabulary.names.get(e.getKey()), vocabulary.acronyms.get(e.getKey()), mentions));
        }
        Comparator<String> order = FrenchOrder.names();
        out.sort(Comparator.comparing(Theme::name, order).thenComparing(Theme::slug));
        return new ThemeIndex(out, vocabulary);
    }

    /** Adds the definitions found in {@code text}, in the order they are applied. */
    private static void definitions(String text, List<Definition> out) {
        // most paragraphs have neither a parenthesis nor an initiative: no regular expression runs then
        boolean acronyms = text.indexOf('(') >= 0;
        Matcher m = ACRONYM.matcher(text);
        while (acronyms && m.find()) {
            String acronym = m.group(1);
            if (acronym.chars().filter(Character::isUpperCase).count() < 2) {
                continue;
            }
            String name = nameBefore(tail(text, m.start(), NAME_WORDS + 2), acronym);
            if (name != null) {
                out.add(new Definition(acronym, name));
            }
        }
        boolean initiatives = text.contains("Initiative");
        Matcher i = INITIATIVE.matcher(text);
        while (initiatives && i.find()) {
            out.add(new Definition(null, "Initiative « " + collapse(i.group(1)) + " »"));
        }
    }

    /** Records a name a text defines (an acronym and its name, or an initiative) unless already known. */
    private static void define(Definition d, Map<String, String> forms, Map<String, String> names,
                               Map<String, String> acronyms, Map<String, String> catalogAcronyms) {
        String name = d.name();
        if (d.acronym() == null) {
            String key = forms.get(collapse(name));
            if (key == null) {
                key = Slugs.slug(name);
                if (key.isEmpty() || names.containsKey(key)) {
                    return;
                }
                names.put(key, name);
                forms.put(collapse(name), key);
            }
            return;
        }
        String acronym = d.acronym();
        String key = catalogAcronyms.getOrDefault(acronym, forms.get(collapse(acronym)));
        if (catalogAcronyms.containsKey(acronym)) {
            return;
        }
        if (key == null) {
            key = Slugs.slug(acronym);
            if (key.isEmpty() || names.containsKey(key)) {
                return;
            }
            names.put(key, name);
            acronyms.put(key, acronym);
            forms.putIfAbsent(collapse(acronym), key);
        }
        forms.putIfAbsent(collapse(name), key);
    }

    /**
     * The name an acronym abbreviates: the words just before the parenthesis, from the farthest
     * capitalised word (elision {@code l’} dropped) whose initial is the acronym's initial, not
     * crossing punctuation and at most about two words per letter of the acronym.
     */
    static String nameBefore(String before, String acronym) {
        String[] words = SPACES.split(before.stripTrailing());
        char initial = acronym.charAt(0);
        int reach = Math.min(NAME_WORDS, 2 * acronym.length() + 1);
        int start = -1;
        for (int i = words.length - 1; i >= 0 && i >= words.length - reach; i--) {
            String w = strip(words[i]);
            if (w.isEmpty() || PUNCTUATION.matcher(w).matches()) {
                break;
            }
            if (w.charAt(0) == initial) {
                start = i;
            }
        }
        if (start < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(strip(words[start]));
        for (int j = start + 1; j < words.length; j++) {
            sb.append(' ').append(words[j]);
        }
        String name = sb.toString();
        return name.equals(acronym) ? null : name;
    }

    /**
     * The end of {@code text.substring(0, end)} holding its last {@code words} words whole (or all
     * of it): {@link #nameBefore} looks at no more, so it gives the same name on the tail as on the
     * whole text before the parenthesis, without splitting that whole text for every acronym.
     */
    static String tail(String text, int end, int words) {
        int i = end;
        int seen = 0;
        boolean inSpace = true;
        while (i > 0) {
            char c = text.charAt(i - 1);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '\u00A0' || c == '\u202F';  // the characters of SPACE
            if (space && !inSpace && ++seen > words) {
                return text.substring(i, end);
            }
            inSpace = space;
            i--;
        }
        return text.substring(0, end);
    }

    private static String strip(String word) {
        return ELISION.matcher(word).replaceFirst("");
    }

    private static String collapse(String s) {
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' ? i + 1 < t.length() && isSpace(t.charAt(i + 1)) : isSpace(c)) {
                return SPACES.matcher(t).replaceAll(" ");
            }
        }
        return t; // already single spaces only: most names, checked without a regular expression
    }

    /** A character of {@link #SPACE}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u202F';
    }

    static Pattern surfacePattern(java.util.Set<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] parts = sorted.get(i).split(" ");
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) {
                    sb.append(SPACE);
                }
                sb.append(Pattern.quote(parts[j]));
            }
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        return sorted.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(sb.toString());
    }

    private static boolean wordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** The letters and digits ({@code [\p{L}\p{N}]}) that start {@code s}. */
    private static String lead(String s) {
        int i = 0;
        while (i < s.length() && wordChar(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(0, i);
    }

    /**
     * The matches of the surface pattern, as {@link Matcher#find()} gives them, found faster: a form
     * can only match where the text's run of letters and digits equals the run that starts the
     * form (what follows the run in a form, a space, punctuation or the form's end, is no letter
     * or digit, and the pattern's guards say the same of the text), so the pattern is only tried
     * at the starts of such runs. Forms that do not start with a letter or digit fall back to a
     * plain scan.
     */
    static final class SurfaceFinder {
        private final Pattern pattern;
        private final java.util.Set<String> leads = new java.util.HashSet<>();
        /** The first chars of the leads: a word starting with another char is passed over at once. */
        private final java.util.BitSet leadStarts = new java.util.BitSet();
        private final boolean scanAll;

        SurfaceFinder(Pattern pattern, java.util.Set<String> forms) {
            this.pattern = pattern;
            boolean all = false;
            for (String f : forms) {
                String lead = lead(f);
                all |= lead.isEmpty();
                leads.add(lead);
                if (!lead.isEmpty()) {
                    leadStarts.set(lead.charAt(0));
                }
            }
            this.scanAll = all;
        }

        List<String> find(String text) {
            List<String> found = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            if (scanAll) {
                while (m.find()) {
                    found.add(m.group());
                }
                return found;
            }
            m.useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i < text.length(); i++) {
                // the pattern's guard looks one char back (a surrogate counts as no letter)
                if (!leadStarts.get(text.charAt(i)) || i > 0 && wordChar(text.charAt(i - 1))
                        || !wordChar(text.codePointAt(i))) {
                    continue;
                }
                int end = i;
                while (end < text.length() && wordChar(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                if (leads.contains(text.substring(i, end))) {
                    m.region(i, text.length());
                    if (m.lookingAt()) {
                        found.add(m.group());
                        i = Math.max(m.end(), i + 1) - 1;
                    }
                }
            }
            return found;
        }
    }

    /** The names the themes were found by. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Every theme named at least once, in French alphabetical order. */
    public List<Theme> themes() {
        return themes;
    }

    public Optional<Theme> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }
}
