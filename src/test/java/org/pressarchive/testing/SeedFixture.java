package org.pressarchive.testing;

import org.pressarchive.model.Release;

/**
 * The seed release ({@code seeds/000_c3a0a43d85b2b77a.txt}) as the real parser should model it
 * under ATTRIBUTION.md: date, place, two participants, sentences, speaker segments (actions,
 * statements, continuation, a side led by a participant, a joint voice). Used for golden pages
 * until the parser lands.
 */
public final class SeedFixture {
    public static final String ID = "2025-10-28-wang-yi-yermek-kosherbayev";

    private SeedFixture() {
    }

    public static Release release() {
        return ReleaseBuilder.release(ID)
                .source("seeds/000_c3a0a43d85b2b77a.txt")
                .date(2025, 10, 28)
                .location("Beijing")
                .title("Wang Yi s’est entretenu avec Yermek Kosherbayev")
                .participant("wang-yi", "Wang Yi", "membre du Bureau politique du Comité central du Parti communiste "
                        + "chinois et ministre des Affaires étrangères", "Chine")
                .participant("yermek-kosherbayev", "Yermek Kosherbayev", "ministre des Affaires étrangères", "Kazakhstan")
                .paragraph(p -> p
                        .narration("Le 28 octobre 2025, Wang Yi, membre du Bureau politique du Comité central du Parti communiste chinois et ministre des Affaires étrangères, s’est entretenu à Beijing avec le nouveau ministre des Affaires étrangères du Kazakhstan, Yermek Kosherbayev."))
                .paragraph(p -> p
                        .action("Wang Yi a félicité Yermek Kosherbayev pour sa nomination au poste de ministre des Affaires étrangères.", "wang-yi")
                        .statement("Il a déclaré que, sous la direction stratégique et l’attention personnelle du président Xi Jinping et du président Kassym-Jomart Tokayev, le partenariat stratégique global permanent entre la Chine et le Kazakhstan avait été amélioré sans cesse, ouvrant une nouvelle étape vers la construction d’une communauté d’avenir partagé Chine-Kazakhstan ainsi que la voie à l’amitié, au bon voisinage et à une coopération mutuellement bénéfique.", "wang-yi")
                        .statement("L’amitié profonde et la forte confiance mutuelle entre les deux chefs d’État ont fourni le fondement stratégique le plus important pour le développement des relations entre la Chine et le Kazakhstan.", "wang-yi")
                        .statement("La Chine est disposée à travailler avec le Kazakhstan pour suivre les orientations du consensus important atteint par les deux chefs d’État, rester fidèle à l’aspiration initiale d’améliorer le bien-être des populations et poursuivre la mission de développement commun et de revitalisation.", "wang-yi")
                        .statement("La Chine travaillera avec le Kazakhstan pour consolider la confiance stratégique mutuelle, perpétuer l’amitié éternelle, faire progresser la coopération de haute qualité dans le cadre de l’Initiative « la Ceinture et la Route » et continuer à porter les relations sino-kazakhes à un nouveau palier.", "wang-yi"))
                .paragraph(p -> p
                        .statement("Wang Yi a déclaré que la Chine avait toujours considéré le Kazakhstan comme une priorité dans sa diplomatie de voisinage et qu’elle était disposée à maintenir des échanges de haut niveau avec le Kazakhstan, à continuer de se soutenir fermement sur les questions touchant à leurs intérêts fondamentaux respectifs et à approfondir leur coopération dans des domaines clés tels que l’économie, le commerce, l’investissement, la connectivité, l’énergie, les ressources minérales et l’innovation scientifique et technologique, tout en tissant des liens plus étroits entre les peuples et en favorisant les échanges culturels.", "wang-yi")
                        .statement("La Chine salue le rôle actif joué par le Kazakhstan dans des cadres tels que l’Organisation de coopération de Shanghai (OCS) et le mécanisme Chine-Asie centrale, et se tient prête à travailler avec le Kazakhstan pour continuer à améliorer et à renforcer ces plateformes afin qu’elles jouent un rôle plus important dans la promotion de la paix et du développement régionaux.", "wang-yi")
                        .statement("Récemment, le président Xi Jinping a proposé l’Initiative pour la gouvernance mondiale, et le président Kassym-Jomart Tokayev a été l’un des premiers à la soutenir publiquement.", "wang-yi")
                        .statement("La Chine apprécie cette initiative et est disposée à travailler avec le Kazakhstan pour mettre en œuvre conjointement les quatre grandes initiatives mondiales, s’adapter à la croissance des pays du Sud global et préserver les intérêts communs des pays en développement.", "wang-yi"))
                .paragraph(p -> p
                        .action("Wang Yi a informé Yermek Kosherbayev du quatrième plénum du XXe Comité central du Parti communiste chinois (PCC).", "wang-yi")
                        .statement("Il a souligné que la Chine continuerait à approfondir la réforme sur tous les plans, à élargir son ouverture de haut niveau et à accélérer la création d’une nouvelle architecture de développement.", "wang-yi")
                        .statement("Le développement de haute qualité de la Chine offrira davantage d’opportunités de développement à tous les pays, y compris le Kazakhstan, et favorisera la construction d’une communauté d’avenir partagé pour l’humanité.", "wang-yi"))
                .paragraph(p -> p
                        .action("Yermek Kosherbayev a adressé ses félicitations à l’occasion du 76e anniversaire de la fondation de la République populaire de Chine et de la tenue réussie du quatrième plénum du XXe Comité central du PCC.", "yermek-kosherbayev")
                        .statement("Il a déclaré que sous la direction du PCC, la Chine avait connu un changement radical et apporté une contribution significative au développement mondial.", "yermek-kosherbayev")
                        .statement("Il s’est dit convaincu que sous la direction avisée du président Xi Jinping, la Chine atteindrait à coup sûr ses objectifs à long terme visant à construire un grand pays socialiste moderne.", "yermek-kosherbayev")
                        .statement("L’amitié entre les deux chefs d’État est une source de fierté et une caractéristique marquante des relations entre le Kazakhstan et la Chine.", "yermek-kosherbayev")
                        .statement("La partie kazakhe a remercié la Chine d’avoir soutenu le Kazakhstan dans la sauvegarde de sa souveraineté, de son indépendance et de son intégrité territoriale, et continuera à adhérer fermement au principe d'une seule Chine et à soutenir sans faille la Chine dans la sauvegarde de ses intérêts fondamentaux.", "yermek-kosherbayev")
                        .statement("Le Kazakhstan est disposé à travailler avec la Chine pour donner suite aux accords communs conclus entre les deux chefs d'État, maintenir des échanges amicaux à tous les niveaux, approfondir la coopération pratique dans divers domaines et promouvoir en permanence un nouveau développement plus important du partenariat stratégique global permanent entre le Kazakhstan et la Chine.", "yermek-kosherbayev")
                        .statement("Le Kazakhstan soutient les quatre grandes initiatives mondiales proposées par le président Xi Jinping et participera activement à l’Organisation internationale de médiation (OIMed) et à l’Organisation mondiale de coopération en matière d’intelligence artificielle.", "yermek-kosherbayev")
                        .statement("Le Kazakhstan est disposé à renforcer son soutien mutuel avec la Chine dans le cadre des Nations Unies, de l’Organisation de coopération de Shanghai (OCS), du mécanisme Chine-Asie centrale et du Forum de Boao pour l’Asie, afin de promouvoir conjointement la stabilité et la prospérité mondiales.", "yermek-kosherbayev"))
                .paragraph(p -> p
                        .action("Les deux parties ont également procédé à un échange de vues approfondi sur des questions internationales et régionales d’intérêt commun.", "wang-yi", "yermek-kosherbayev"))
                .build();
    }
}
