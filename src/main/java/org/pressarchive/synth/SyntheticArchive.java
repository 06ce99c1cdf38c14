package org.pressarchive.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic generator of realistic French press releases, for tests and benchmarks:
 * readouts of meetings and phone calls, press conferences and joint communiqués, dated
 * 2000–2026, with a few hundred people from about a hundred countries, 4–9 paragraphs and
 * 3–8 KB each, accents and « ». The same seed gives the same archive.
 */
public final class SyntheticArchive {
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final String[] FIRST = {"Jean", "Marie", "Wang", "Li", "Ahmed", "Fatima", "Olga", "Ivan", "Ana",
            "Carlos", "Yuki", "Kenji", "Amara", "Kofi", "Sofia", "Lars", "Ingrid", "Rahul", "Priya", "Mehmet", "Leila",
            "Tomás", "Helena", "Nikos"};
    private static final String[] LAST = {"Dupont", "Moreau", "Zhang", "Chen", "Haddad", "Benali", "Petrova",
            "Sokolov", "Silva", "García", "Tanaka", "Sato", "Diallo", "Mensah", "Rossi", "Andersen", "Nilsson",
            "Sharma", "Patel", "Yılmaz", "Karimi", "Novák", "Papadopoulos", "Kowalski"};
    /** French name with article, country name after "de", demonym (masculine), demonym (feminine), capital. */
    private static final String[][] COUNTRIES = {
            {"la France", "France", "français", "française", "Paris"},
            {"la Chine", "Chine", "chinois", "chinoise", "Beijing"},
            {"le Kazakhstan", "Kazakhstan", "kazakh", "kazakhe", "Astana"},
            {"l'Allemagne", "Allemagne", "allemand", "allemande", "Berlin"},
            {"l'Italie", "Italie", "italien", "italienne", "Rome"},
            {"l'Espagne", "Espagne", "espagnol", "espagnole", "Madrid"},
            {"le Portugal", "Portugal", "portugais", "portugaise", "Lisbonne"},
            {"le Brésil", "Brésil", "brésilien", "brésilienne", "Brasilia"},
            {"l'Argentine", "Argentine", "argentin", "argentine", "Buenos Aires"},
            {"le Mexique", "Mexique", "mexicain", "mexicaine", "Mexico"},
            {"le Canada", "Canada", "canadien", "canadienne", "Ottawa"},
            {"le Japon", "Japon", "japonais", "japonaise", "Tokyo"},
            {"l'Inde", "Inde", "indien", "indienne", "New Delhi"},
            {"le Pakistan", "Pakistan", "pakistanais", "pakistanaise", "Islamabad"},
            {"l'Égypte", "Égypte", "égyptien", "égyptienne", "Le Caire"},
            {"le Maroc", "Maroc", "marocain", "marocaine", "Rabat"},
            {"l'Algérie", "Algérie", "algérien", "algérienne", "Alger"},
            {"la Tunisie", "Tunisie", "tunisien", "tunisienne", "Tunis"},
            {"le Sénégal", "Sénégal", "sénégalais", "sénégalaise", "Dakar"},
            {"le Ghana", "Ghana", "ghanéen", "ghanéenne", "Accra"},
            {"le Kenya", "Kenya", "kényan", "kényane", "Nairobi"},
            {"l'Éthiopie", "Éthiopie", "éthiopien", "éthiopienne", "Addis-Abeba"},
            {"la Russie", "Russie", "russe", "russe", "Moscou"},
            {"l'Ukraine", "Ukraine", "ukrainien", "ukrainienne", "Kiev"},
            {"la Pologne", "Pologne", "polonais", "polonaise", "Varsovie"},
            {"la Grèce", "Grèce", "grec", "grecque", "Athènes"},
            {"la Turquie", "Turquie", "turc", "turque", "Ankara"},
            {"l'Iran", "Iran", "iranien", "iranienne", "Téhéran"},
            {"l'Arabie saoudite", "Arabie saoudite", "saoudien", "saoudienne", "Riyad"},
            {"le Viet Nam", "Viet Nam", "vietnamien", "vietnamienne", "Hanoï"},
            {"l'Indonésie", "Indonésie", "indonésien", "indonésienne", "Jakarta"},
            {"la Suède", "Suède", "suédois", "suédoise", "Stockholm"},
            {"la Norvège", "Norvège", "norvégien", "norvégienne", "Oslo"},
            {"le Danemark", "Danemark", "danois", "danoise", "Copenhague"},
            {"la Hongrie", "Hongrie", "hongrois", "hongroise", "Budapest"},
            {"le Chili", "Chili", "chilien", "chilienne", "Santiago"},
    };
    private static final String[] ROLES = {"ministre des Affaires étrangères", "Premier ministre",
            "président de la République", "vice-ministre des Affaires étrangères", "ministre du Commerce"};
    private static final String[] TOPICS = {"la coopération économique et commerciale", "la transition énergétique",
            "la connectivité et les infrastructures", "les échanges culturels et éducatifs",
            "la sécurité alimentaire", "la lutte contre le changement climatique", "l'innovation scientifique",
            "la santé publique mondiale", "la stabilité régionale", "l'investissement réciproque"};
    private static final String[] ORGS = {"l'Organisation des Nations Unies (ONU)",
            "l'Organisation de coopération de Shanghai (OCS)", "l'Organisation mondiale du commerce (OMC)",
            "l'Union africaine (UA)", "le G20", "l'Initiative « la Ceinture et la Route »",
            "l'Association des nations de l'Asie du Sud-Est (ASEAN)"};

    private final long seed;

    public SyntheticArchive(long seed) {
        this.seed = seed;
    }

    /** A generated release: a file name and its text. */
    public record GeneratedRelease(String fileName, String text) {
    }

    /** Release number {@code i} of the archive (independent of how many are generated). */
    public GeneratedRelease release(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        LocalDate date = LocalDate.of(2000, 1, 1).plusDays(rnd.nextInt(9862));
        int kind = rnd.nextInt(10);
        String text = kind < 5 ? meeting(rnd, date, false) : kind < 7 ? meeting(rnd, date, true)
                : kind < 9 ? pressConference(rnd, date) : jointCommunique(rnd, date);
        return new GeneratedRelease(String.format(Locale.ROOT, "%06d.txt", i), text);
    }

    private record Person(String name, String role, String[] country) {
    }

    private static Person person(SplittableRandom rnd) {
        String[] c = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
        return new Person(FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)],
                ROLES[rnd.nextInt(ROLES.length)], c);
    }

    private static String date(LocalDate d) {
        return (d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth())) + " "
                + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String pick(SplittableRandom rnd, String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private static String meeting(SplittableRandom rnd, LocalDate d, boolean call) {
        Person a = person(rnd);
        Person b = person(rnd);
        while (b.country() == a.country()) {
            b = person(rnd);
        }
        List<String> ps = new ArrayList<>();
        ps.add("Le " + date(d) + ", " + a.name() + ", " + a.role() + " " + de(a.country()) + ", "
                + (call ? "s'est entretenu au téléphone avec " : "s'est entretenu à " + a.country()[4] + " avec ")
                + "le " + b.role() + " " + de(b.country()) + ", " + b.name() + ".");
        int n = 3 + rnd.nextInt(6);
        for (int k = 0; k < n; k++) {
            boolean first = rnd.nextBoolean();
            Person s = first ? a : b;
            Person o = first ? b : a;
            StringBuilder p = new StringBuilder();
            p.append(s.name()).append(rnd.nextBoolean() ? " a félicité " + o.name() + " pour le succès de "
                    + pick(rnd, ORGS) + ". " : " a déclaré que " + pick(rnd, TOPICS) + " restait une priorité commune. ");
            int m = 3 + rnd.nextInt(5);
            for (int j = 0; j < m; j++) {
                p.append(sentence(rnd, s, o)).append(' ');
            }
            ps.add(p.toString().strip());
        }
        ps.add("Les deux parties ont également procédé à un échange de vues approfondi sur "
                + pick(rnd, TOPICS) + " et sur des questions internationales et régionales d'intérêt commun.");
        return String.join("\n", ps) + "\n";
    }

    private static String sentence(SplittableRandom rnd, Person s, Person o) {
        String topic = pick(rnd, TOPICS);
        String org = pick(rnd, ORGS);
        return switch (rnd.nextInt(8)) {
            case 0 -> "Il a souligné que " + s.country()[0] + " était disposé" + (s.country()[0].startsWith("la") ? "e" : "")
                    + " à renforcer " + topic + " avec " + o.country()[0] + " dans le cadre de " + org + ".";
            case 1 -> "La partie " + s.country()[3] + " est prête à approfondir " + topic
                    + " et à maintenir des échanges de haut niveau réguliers.";
            case 2 -> "« Nous devons agir ensemble pour " + topic + " », a-t-il ajouté.";
            case 3 -> "Il s'est dit convaincu que la coopération entre les deux pays connaîtrait un nouvel essor, "
                    + "notamment en matière de " + topic.replaceFirst("^(la |les |l')", "") + ".";
            case 4 -> "Selon lui, " + org + " joue un rôle irremplaçable dans la promotion de la paix et du développement.";
            case 5 -> s.country()[0].substring(0, 1).toUpperCase(Locale.ROOT) + s.country()[0].substring(1)
                    + " soutient les efforts de " + o.country()[0] + " pour préserver sa souveraineté et son développement.";
            case 6 -> "Il a rappelé que les relations bilatérales avaient connu des progrès remarquables depuis "
                    + "l'établissement des relations diplomatiques, au bénéfice des deux peuples.";
            default -> "Il a exprimé l'espoir que les deux pays renforceraient leur coordination au sein de " + org
                    + " afin de relever ensemble les défis mondiaux, qu'il s'agisse de " + topic + " ou du développement durable.";
        };
    }

    private static String pressConference(SplittableRandom rnd, LocalDate d) {
        Person sp = person(rnd);
        List<String> ps = new ArrayList<>();
        ps.add("Conférence de presse du porte-parole " + sp.name() + " du " + date(d));
        ps.add(sp.name() + " : Bonjour. Je voudrais commencer par une annonce concernant " + pick(rnd, ORGS)
                + ". À l'invitation du gouvernement, une délégation se rendra prochainement à " + COUNTRIES[rnd.nextInt(COUNTRIES.length)][4] + ".");
        int n = 3 + rnd.nextInt(5);
        for (int k = 0; k < n; k++) {
            String[] c = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            ps.add("Q : Selon certaines informations, " + c[0] + " envisagerait de revoir sa politique concernant "
                    + pick(rnd, TOPICS) + ". Quel est votre commentaire ?");
            StringBuilder r = new StringBuilder("R : Nous avons pris note des informations pertinentes. ");
            int m = 3 + rnd.nextInt(5);
            for (int j = 0; j < m; j++) {
                r.append("Nous espérons que toutes les parties concernées continueront à œuvrer pour ")
                        .append(pick(rnd, TOPICS)).append(", dans le respect du droit international. ");
            }
            ps.add(r.toString().strip());
        }
        return String.join("\n", ps) + "\n";
    }

    private static String jointCommunique(SplittableRandom rnd, LocalDate d) {
        Person a = person(rnd);
        Person b = person(rnd);
        List<String> ps = new ArrayList<>();
        ps.add("Communiqué conjoint entre " + a.country()[0] + " et " + b.country()[0]);
        ps.add("Du " + d.getDayOfMonth() + " au " + Math.min(28, d.getDayOfMonth() + 2) + " " + MONTHS[d.getMonthValue() - 1]
                + " " + d.getYear() + ", " + a.name() + ", " + a.role() + " " + de(a.country()) + ", a effectué une visite officielle "
                + "à " + b.country()[4] + " à l'invitation de " + b.name() + ", " + b.role() + " " + de(b.country()) + ".");
        int n = 3 + rnd.nextInt(6);
        for (int k = 1; k <= n; k++) {
            StringBuilder p = new StringBuilder(k + ". Les deux parties ");
            p.append(rnd.nextBoolean() ? "se sont félicitées de " : "ont réaffirmé leur attachement à ")
                    .append(pick(rnd, TOPICS)).append(". ");
            int m = 2 + rnd.nextInt(4);
            for (int j = 0; j < m; j++) {
                p.append("Elles sont convenues de renforcer leur coordination au sein de ").append(pick(rnd, ORGS))
                        .append(" et de promouvoir ").append(pick(rnd, TOPICS)).append(". ");
            }
            ps.add(p.toString().strip());
        }
        return String.join("\n", ps) + "\n";
    }

    private static String de(String[] country) {
        String withArticle = country[0];
        if (withArticle.startsWith("le ")) {
            return "du " + withArticle.substring(3);
        }
        if (withArticle.startsWith("les ")) {
            return "des " + withArticle.substring(4);
        }
        return "de " + withArticle;
    }
}
