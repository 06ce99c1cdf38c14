package org.pressarchive.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pressarchive.model.Release;

/**
 * A deterministic archive of generated releases across several years, speakers and countries:
 * release {@code i} is a meeting of two speakers of the pool, with a narration paragraph, a
 * statement by each, and a joint action; every third names the OCS, every fifth the
 * Initiative « la Ceinture et la Route ».
 */
public final class GeneratedArchive {
    /** id, name, role, country. */
    public static final String[][] SPEAKERS = {
        {"wang-yi", "Wang Yi", "ministre des Affaires étrangères", "Chine"},
        {"yermek-kosherbayev", "Yermek Kosherbayev", "ministre des Affaires étrangères", "Kazakhstan"},
        {"elodie-ecuyer", "Élodie Écuyer", "ministre de l’Europe", "France"},
        {"anne-martin", "Anne Martin", "porte-parole", "France"},
        {"sergei-lavrov", "Sergueï Lavrov", "ministre des Affaires étrangères", "Russie"},
        {"li-qiang", "Li Qiang", "Premier ministre", "Chine"},
        {"zhu-rong", "Zhu Rong", "ambassadeur", "Chine"},
        {"bakhyt-sultanov", "Bakhyt Sultanov", "ministre du Commerce", "Kazakhstan"},
        {"oskar-ohlin", "Oskar Öhlin", "secrétaire d’État", "Suède"},
    };

    private GeneratedArchive() {
    }

    public static List<Release> releases(int count) {
        List<Release> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(release(i));
        }
        return out;
    }

    public static String[] first(int i) {
        return SPEAKERS[i % SPEAKERS.length];
    }

    public static String[] second(int i) {
        return SPEAKERS[(i * 4 + 1) % SPEAKERS.length].equals(first(i)) ? SPEAKERS[(i + 1) % SPEAKERS.length]
                : SPEAKERS[(i * 4 + 1) % SPEAKERS.length];
    }

    public static LocalDate date(int i) {
        return LocalDate.of(2022, 1, 3).plusDays(i * 23L);
    }

    public static boolean namesOcs(int i) {
        return i % 3 == 0;
    }

    public static boolean namesBri(int i) {
        return i % 5 == 0;
    }

    public static String id(int i) {
        return date(i) + "-rencontre-" + i;
    }

    public static Release release(int i) {
        String[] a = first(i);
        String[] b = second(i);
        return ReleaseBuilder.release(id(i)).date(date(i)).location(i % 2 == 0 ? "Beijing" : "Paris")
                .title("Rencontre n° " + i + " entre " + a[1] + " et " + b[1])
                .participant(a[0], a[1], a[2], a[3])
                .participant(b[0], b[1], b[2], b[3])
                .narration("Le " + date(i) + ", " + a[1] + " s’est entretenu avec " + b[1] + ".")
                .paragraph(p -> p.action(a[1] + " a salué " + b[1] + ".", a[0])
                        .statement("Il a déclaré que la coopération était essentielle (n° " + i + ").", a[0]))
                .paragraph(p -> p.statement(b[1] + " a souligné l’importance de "
                        + (namesOcs(i) ? "l’Organisation de coopération de Shanghai (OCS)." : "la relation bilatérale."), b[0]))
                .paragraph(p -> p.action("Les deux parties ont échangé leurs vues"
                        + (namesBri(i) ? " sur l’Initiative « la Ceinture et la Route »." : "."), a[0], b[0]))
                .build();
    }
}
