import type { SentenceCase } from './expect-sentences.spec-helper';

/** French wire sentences, hand-cut. Grouped by the rule they exercise. */
export const FRENCH_CASES: Record<string, readonly SentenceCase[]> = {
  'plain sentences': [
    [
      "La coalition bombarde les positions de l'EI. Elle soutient les combattants de la NAS.",
      ["La coalition bombarde les positions de l'EI.", 'Elle soutient les combattants de la NAS.'],
    ],
    [
      'Le gouvernement a présenté son budget mercredi. Les syndicats dénoncent un plan de rigueur.',
      ['Le gouvernement a présenté son budget mercredi.', 'Les syndicats dénoncent un plan de rigueur.'],
    ],
    [
      "L'Assemblée nationale a adopté le texte en première lecture. Le Sénat l'examinera en juin. Les débats s'annoncent houleux.",
      [
        "L'Assemblée nationale a adopté le texte en première lecture.",
        "Le Sénat l'examinera en juin.",
        "Les débats s'annoncent houleux.",
      ],
    ],
    [
      "Le séisme a fait au moins dix morts. D'après les secours, le bilan pourrait s'alourdir.",
      ['Le séisme a fait au moins dix morts.', "D'après les secours, le bilan pourrait s'alourdir."],
    ],
    [
      "Selon l'OSDH, ces combattants sont entraînés en Jordanie. Washington n'a pas commenté.",
      ["Selon l'OSDH, ces combattants sont entraînés en Jordanie.", "Washington n'a pas commenté."],
    ],
    [
      "Les négociations reprendront lundi à Genève. C'est la troisième session depuis janvier.",
      ['Les négociations reprendront lundi à Genève.', "C'est la troisième session depuis janvier."],
    ],
    [
      'Il a été arrêté mardi soir. Trois complices présumés sont toujours recherchés.',
      ['Il a été arrêté mardi soir.', 'Trois complices présumés sont toujours recherchés.'],
    ],
    [
      'La Bourse de Paris a terminé en hausse. Le CAC 40 a gagné 1,2 % à 5.432 points.',
      ['La Bourse de Paris a terminé en hausse.', 'Le CAC 40 a gagné 1,2 % à 5.432 points.'],
    ],
    [
      "Le président s'est rendu à Bamako. Il y a rencontré son homologue malien.",
      ["Le président s'est rendu à Bamako.", 'Il y a rencontré son homologue malien.'],
    ],
    [
      "Une seule phrase sans rien d'autre, publiée par l'agence.",
      ["Une seule phrase sans rien d'autre, publiée par l'agence."],
    ],
    [
      'Les rebelles ont repris Minbej. Ankara a aussitôt protesté.',
      ['Les rebelles ont repris Minbej.', 'Ankara a aussitôt protesté.'],
    ],
    [
      "L'incendie a été maîtrisé dans la nuit. Aucune victime n'est à déplorer.",
      ["L'incendie a été maîtrisé dans la nuit.", "Aucune victime n'est à déplorer."],
    ],
  ],
  'titles and ranks': [
    [
      'M. Macron a reçu mercredi le Premier ministre indien.',
      ['M. Macron a reçu mercredi le Premier ministre indien.'],
    ],
    [
      "Le chef de l'Etat a reçu M. Modi. Les deux dirigeants ont signé un accord.",
      ["Le chef de l'Etat a reçu M. Modi.", 'Les deux dirigeants ont signé un accord.'],
    ],
    [
      'MM. Dupont et Durand ont été entendus par le juge.',
      ['MM. Dupont et Durand ont été entendus par le juge.'],
    ],
    [
      'Mme Borne a défendu la réforme devant les députés. Elle a exclu tout recul.',
      ['Mme Borne a défendu la réforme devant les députés.', 'Elle a exclu tout recul.'],
    ],
    [
      'Le Dr Martin, urgentiste à Lyon, décrit des services saturés.',
      ['Le Dr Martin, urgentiste à Lyon, décrit des services saturés.'],
    ],
    [
      "Le Pr. Delfraissy a présidé le conseil scientifique. Il s'en est expliqué jeudi.",
      ['Le Pr. Delfraissy a présidé le conseil scientifique.', "Il s'en est expliqué jeudi."],
    ],
    [
      "Le col. Garver, porte-parole de la coalition, s'exprimait depuis Bagdad.",
      ["Le col. Garver, porte-parole de la coalition, s'exprimait depuis Bagdad."],
    ],
    [
      'Le gén. Lecointre a quitté ses fonctions. Son successeur sera nommé mercredi.',
      ['Le gén. Lecointre a quitté ses fonctions.', 'Son successeur sera nommé mercredi.'],
    ],
    [
      'Le lt-col. Dubois commande le détachement français au Niger.',
      ['Le lt-col. Dubois commande le détachement français au Niger.'],
    ],
    [
      "Mgr Aupetit a présenté sa démission au pape. Celui-ci l'a acceptée.",
      ['Mgr Aupetit a présenté sa démission au pape.', "Celui-ci l'a acceptée."],
    ],
    [
      "Me Dupond-Moretti plaidait pour la famille. L'audience a été suspendue.",
      ['Me Dupond-Moretti plaidait pour la famille.', "L'audience a été suspendue."],
    ],
    [
      "Selon M. Le Drian, la situation est « grave ». Paris a convoqué l'ambassadeur.",
      ['Selon M. Le Drian, la situation est « grave ».', "Paris a convoqué l'ambassadeur."],
    ],
    [
      'Interrogé par M. Dupont, le ministre a refusé de répondre.',
      ['Interrogé par M. Dupont, le ministre a refusé de répondre.'],
    ],
    [
      "L'enquête a été confiée au cdt. Morel de la brigade criminelle.",
      ["L'enquête a été confiée au cdt. Morel de la brigade criminelle."],
    ],
    [
      'Le Gén. Burkhard, chef d’état-major des armées, était présent.',
      ['Le Gén. Burkhard, chef d’état-major des armées, était présent.'],
    ],
    [
      "Mlle Durand a remporté l'épreuve. Elle succède à Mme Petit.",
      ["Mlle Durand a remporté l'épreuve.", 'Elle succède à Mme Petit.'],
    ],
    [
      "Le ministre a salué le travail de M. Garver. Celui-ci quittera l'Irak en juillet.",
      ['Le ministre a salué le travail de M. Garver.', "Celui-ci quittera l'Irak en juillet."],
    ],
    [
      'Le sgt. Leroy a été blessé par un engin explosif. Ses jours ne sont pas en danger.',
      ['Le sgt. Leroy a été blessé par un engin explosif.', 'Ses jours ne sont pas en danger.'],
    ],
    [
      "Une messe sera célébrée à l'église St. Martin de Tours.",
      ["Une messe sera célébrée à l'église St. Martin de Tours."],
    ],
    [
      'Le Pr Raoult a de nouveau été sanctionné. Il conteste la décision.',
      ['Le Pr Raoult a de nouveau été sanctionné.', 'Il conteste la décision.'],
    ],
  ],
  abbreviations: [
    [
      'Il a cité Hugo, Zola, Balzac, etc. Le public a applaudi.',
      ['Il a cité Hugo, Zola, Balzac, etc.', 'Le public a applaudi.'],
    ],
    [
      'Les fruits, les légumes, etc., ont augmenté de 10 %.',
      ['Les fruits, les légumes, etc., ont augmenté de 10 %.'],
    ],
    [
      'Le texte figure p. 12 du rapport. Il a été rédigé en 2019.',
      ['Le texte figure p. 12 du rapport.', 'Il a été rédigé en 2019.'],
    ],
    [
      "Le gouvernement a utilisé l'art. 49.3 de la Constitution. L'opposition a déposé une motion de censure.",
      [
        "Le gouvernement a utilisé l'art. 49.3 de la Constitution.",
        "L'opposition a déposé une motion de censure.",
      ],
    ],
    [
      'La manifestation a réuni env. 3.000 personnes selon la police.',
      ['La manifestation a réuni env. 3.000 personnes selon la police.'],
    ],
    [
      'La ville a été fondée en 52 av. J.-C. par les Romains.',
      ['La ville a été fondée en 52 av. J.-C. par les Romains.'],
    ],
    [
      'Le site date du IIe siècle av. J.-C. Les fouilles ont commencé en 2010.',
      ['Le site date du IIe siècle av. J.-C.', 'Les fouilles ont commencé en 2010.'],
    ],
    [
      'Pour les détails, cf. le rapport annuel de la Cour des comptes.',
      ['Pour les détails, cf. le rapport annuel de la Cour des comptes.'],
    ],
    [
      "Il habite au n° 12 de la rue. Les voisins n'ont rien entendu.",
      ['Il habite au n° 12 de la rue.', "Les voisins n'ont rien entendu."],
    ],
    ['Voir le tableau p. 45 et la fig. 3 du document.', ['Voir le tableau p. 45 et la fig. 3 du document.']],
    [
      "L'usine emploie env. 450 salariés. Elle fermera en décembre.",
      ["L'usine emploie env. 450 salariés.", 'Elle fermera en décembre.'],
    ],
    [
      'La société Dupont et Cie. a été rachetée. Le montant est confidentiel.',
      ['La société Dupont et Cie. a été rachetée.', 'Le montant est confidentiel.'],
    ],
    [
      'Le scrutin est prévu le 3 janv. 2027 selon la commission électorale.',
      ['Le scrutin est prévu le 3 janv. 2027 selon la commission électorale.'],
    ],
    [
      'Les résultats sont attendus le 15 sept. Le dépouillement sera long.',
      ['Les résultats sont attendus le 15 sept.', 'Le dépouillement sera long.'],
    ],
    [
      'Il a lu les pp. 10 à 20 devant le tribunal. La défense a protesté.',
      ['Il a lu les pp. 10 à 20 devant le tribunal.', 'La défense a protesté.'],
    ],
  ],
  'initials and acronyms': [
    ['J.-M. Le Pen a été condamné en appel.', ['J.-M. Le Pen a été condamné en appel.']],
    [
      'Le livre de F. Mitterrand a été réédité. Il sort en librairie jeudi.',
      ['Le livre de F. Mitterrand a été réédité.', 'Il sort en librairie jeudi.'],
    ],
    ['J. F. Kennedy a été assassiné à Dallas en 1963.', ['J. F. Kennedy a été assassiné à Dallas en 1963.']],
    ["Le ministre J.-Y. Le Drian s'est rendu à Alger.", ["Le ministre J.-Y. Le Drian s'est rendu à Alger."]],
    ['La S.N.C.F. a annoncé des perturbations jeudi.', ['La S.N.C.F. a annoncé des perturbations jeudi.']],
    [
      "Le texte a été transmis à l'O.N.U. Le Conseil de sécurité doit se réunir.",
      ["Le texte a été transmis à l'O.N.U.", 'Le Conseil de sécurité doit se réunir.'],
    ],
    [
      'Le candidat est soutenu par Ch. de Gaulle, petit-fils du général.',
      ['Le candidat est soutenu par Ch. de Gaulle, petit-fils du général.'],
    ],
    [
      "L'EI a revendiqué l'attentat. Le groupe a diffusé un communiqué.",
      ["L'EI a revendiqué l'attentat.", 'Le groupe a diffusé un communiqué.'],
    ],
    [
      "Il a rejoint la C.G.T. en 1995 avant d'en prendre la tête.",
      ["Il a rejoint la C.G.T. en 1995 avant d'en prendre la tête."],
    ],
  ],
  numbers: [
    [
      'Les combattants ont saisi "plus de 10.000" documents appartenant à l\'EI.',
      ['Les combattants ont saisi "plus de 10.000" documents appartenant à l\'EI.'],
    ],
    [
      "Le chômage a reculé de 0,3 point à 7,1 %. C'est son plus bas niveau depuis 2008.",
      ['Le chômage a reculé de 0,3 point à 7,1 %.', "C'est son plus bas niveau depuis 2008."],
    ],
    [
      'La dette atteint 3 000 milliards d’euros. Elle représente 112 % du PIB.',
      ['La dette atteint 3 000 milliards d’euros.', 'Elle représente 112 % du PIB.'],
    ],
    [
      'Le baril de Brent a clôturé à 82,45 dollars. Il avait ouvert à 80,10 dollars.',
      ['Le baril de Brent a clôturé à 82,45 dollars.', 'Il avait ouvert à 80,10 dollars.'],
    ],
    [
      'Le bilan est de 12 morts. 45 personnes ont été blessées.',
      ['Le bilan est de 12 morts.', '45 personnes ont été blessées.'],
    ],
    [
      "La croissance devrait atteindre 2.5% selon l'OCDE.",
      ["La croissance devrait atteindre 2.5% selon l'OCDE."],
    ],
    [
      "Le séisme, d'une magnitude de 6,4, a été ressenti jusqu'à Tokyo.",
      ["Le séisme, d'une magnitude de 6,4, a été ressenti jusqu'à Tokyo."],
    ],
    [
      'Le score final est de 3 à 1. 60.000 spectateurs assistaient au match.',
      ['Le score final est de 3 à 1.', '60.000 spectateurs assistaient au match.'],
    ],
    [
      'Le contrat porte sur 1,2 milliard d’euros. Il a été signé à Riyad.',
      ['Le contrat porte sur 1,2 milliard d’euros.', 'Il a été signé à Riyad.'],
    ],
    [
      'La population est passée de 65 000 000 à 68 000 000 habitants en dix ans.',
      ['La population est passée de 65 000 000 à 68 000 000 habitants en dix ans.'],
    ],
    [
      "L'avion volait à 10.500 mètres d'altitude. Il a disparu des radars à 3h15.",
      ["L'avion volait à 10.500 mètres d'altitude.", 'Il a disparu des radars à 3h15.'],
    ],
    [
      'Le prix du gazole a atteint 1,89 euro le litre. Un record.',
      ['Le prix du gazole a atteint 1,89 euro le litre.', 'Un record.'],
    ],
    ['Il est né en 1962. Il a grandi à Marseille.', ['Il est né en 1962.', 'Il a grandi à Marseille.']],
    [
      "La température a atteint 45,9 °C dans le Gard. C'est un record absolu.",
      ['La température a atteint 45,9 °C dans le Gard.', "C'est un record absolu."],
    ],
    [
      'Le Louvre a accueilli 8,7 millions de visiteurs en 2023.',
      ['Le Louvre a accueilli 8,7 millions de visiteurs en 2023.'],
    ],
  ],
  'times, dates and ordinals': [
    [
      "L'explosion s'est produite à 10h30. Les secours sont arrivés à 10h45.",
      ["L'explosion s'est produite à 10h30.", 'Les secours sont arrivés à 10h45.'],
    ],
    [
      'Le vote aura lieu à 15 h 00 GMT. Les résultats sont attendus dans la soirée.',
      ['Le vote aura lieu à 15 h 00 GMT.', 'Les résultats sont attendus dans la soirée.'],
    ],
    [
      'La loi entre en vigueur le 1er janvier 2025. Elle concerne 2 millions de salariés.',
      ['La loi entre en vigueur le 1er janvier 2025.', 'Elle concerne 2 millions de salariés.'],
    ],
    [
      'La cathédrale date du XIXe siècle. Elle a été restaurée en 1990.',
      ['La cathédrale date du XIXe siècle.', 'Elle a été restaurée en 1990.'],
    ],
    [
      "L'attaque a eu lieu le 29.06.2016 à l'aube. Elle n'a pas été revendiquée.",
      ["L'attaque a eu lieu le 29.06.2016 à l'aube.", "Elle n'a pas été revendiquée."],
    ],
    [
      'Rendez-vous est pris pour le 2e tour. Les sondages donnent le sortant favori.',
      ['Rendez-vous est pris pour le 2e tour.', 'Les sondages donnent le sortant favori.'],
    ],
    [
      'Le couvre-feu commence à 21 heures. Il sera levé à 6 heures.',
      ['Le couvre-feu commence à 21 heures.', 'Il sera levé à 6 heures.'],
    ],
    [
      'Le train est parti à 8 h. Il est arrivé avec deux heures de retard.',
      ['Le train est parti à 8 h.', 'Il est arrivé avec deux heures de retard.'],
    ],
    [
      'La Ve République a été fondée en 1958. La Constitution a été révisée 24 fois.',
      ['La Ve République a été fondée en 1958.', 'La Constitution a été révisée 24 fois.'],
    ],
    [
      "Depuis le 31 mai, l'offensive progresse. Les FDS encerclent la ville.",
      ["Depuis le 31 mai, l'offensive progresse.", 'Les FDS encerclent la ville.'],
    ],
  ],
  'quotes and attribution': [
    [
      '"Elle a été lancée et elle n\'est pas arrêtée", a-t-il indiqué.',
      ['"Elle a été lancée et elle n\'est pas arrêtée", a-t-il indiqué.'],
    ],
    [
      '« Nous allons gagner », a déclaré le candidat. Ses partisans ont applaudi.',
      ['« Nous allons gagner », a déclaré le candidat.', 'Ses partisans ont applaudi.'],
    ],
    [
      "« Pourquoi maintenant ? », s'interroge le syndicat.",
      ["« Pourquoi maintenant ? », s'interroge le syndicat."],
    ],
    [
      '« Qui va payer ? » demande le maire de la commune.',
      ['« Qui va payer ? » demande le maire de la commune.'],
    ],
    [
      "« C'est une victoire ! » Le président a salué le résultat.",
      ["« C'est une victoire ! »", 'Le président a salué le résultat.'],
    ],
    [
      'Il a affirmé : « La situation est sous contrôle. » Les habitants restent inquiets.',
      ['Il a affirmé : « La situation est sous contrôle. »', 'Les habitants restent inquiets.'],
    ],
    [
      'L\'opération est "coordonnée par l\'état major de la coalition", le CJTF, a-t-il ajouté.',
      ['L\'opération est "coordonnée par l\'état major de la coalition", le CJTF, a-t-il ajouté.'],
    ],
    [
      'Un responsable a assuré que l\'opération "continuait". "Elle a été lancée", a-t-il dit.',
      ['Un responsable a assuré que l\'opération "continuait".', '"Elle a été lancée", a-t-il dit.'],
    ],
    [
      '“Nous ne céderons pas”, a martelé la Première ministre.',
      ['“Nous ne céderons pas”, a martelé la Première ministre.'],
    ],
    [
      '« Nous sommes prêts. Nous attendons les ordres », a dit un officier.',
      ['« Nous sommes prêts.', 'Nous attendons les ordres », a dit un officier.'],
    ],
    [
      "« Est-ce la fin ? » s'est demandé l'éditorialiste. Personne ne le sait.",
      ["« Est-ce la fin ? » s'est demandé l'éditorialiste.", 'Personne ne le sait.'],
    ],
    [
      '"Nous travaillons à couper le dernier grand axe entre l\'Irak et la Syrie", qui passe par Boukamal, a indiqué le colonel.',
      [
        '"Nous travaillons à couper le dernier grand axe entre l\'Irak et la Syrie", qui passe par Boukamal, a indiqué le colonel.',
      ],
    ],
    [
      '« Je démissionne ! » a lancé le ministre en quittant la salle.',
      ['« Je démissionne ! » a lancé le ministre en quittant la salle.'],
    ],
    [
      "Le ministre a parlé d'une « victoire historique ». L'opposition dénonce un « recul ».",
      ["Le ministre a parlé d'une « victoire historique ».", "L'opposition dénonce un « recul »."],
    ],
    [
      '« Ça suffit ! », a crié un manifestant. La police a chargé.',
      ['« Ça suffit ! », a crié un manifestant.', 'La police a chargé.'],
    ],
    [
      "Il a qualifié l'accord de ‘provisoire’. Les négociations continuent.",
      ["Il a qualifié l'accord de ‘provisoire’.", 'Les négociations continuent.'],
    ],
    [
      "« Des “frappes ciblées” ont visé les dépôts », a précisé l'état-major.",
      ["« Des “frappes ciblées” ont visé les dépôts », a précisé l'état-major."],
    ],
    [
      "« Nous n'avons pas d'autre choix », affirme M. Dupont, « il faut agir vite ».",
      ["« Nous n'avons pas d'autre choix », affirme M. Dupont, « il faut agir vite »."],
    ],
    [
      'Le porte-parole a dit : "Aucune décision n\'a été prise." La réunion reprendra demain.',
      ['Le porte-parole a dit : "Aucune décision n\'a été prise."', 'La réunion reprendra demain.'],
    ],
    [
      '« Le temps presse », a-t-il prévenu. « Chaque jour compte. »',
      ['« Le temps presse », a-t-il prévenu.', '« Chaque jour compte. »'],
    ],
    [
      "Selon lui, les frappes sont « en cours en ce moment même ». L'état-major confirme.",
      ['Selon lui, les frappes sont « en cours en ce moment même ».', "L'état-major confirme."],
    ],
    [
      "« Vous voulez la guerre ? Vous l'aurez », a menacé le chef rebelle.",
      ['« Vous voulez la guerre ?', "Vous l'aurez », a menacé le chef rebelle."],
    ],
    [
      "« Pourquoi maintenant ? » M. Dupont s'interroge.",
      ["« Pourquoi maintenant ? » M. Dupont s'interroge."],
    ],
  ],
  'questions, exclamations and ellipses': [
    [
      'Faut-il augmenter les impôts ? Le débat divise la majorité.',
      ['Faut-il augmenter les impôts ?', 'Le débat divise la majorité.'],
    ],
    [
      'Quelle issue pour le conflit ? Personne ne se risque à un pronostic.',
      ['Quelle issue pour le conflit ?', 'Personne ne se risque à un pronostic.'],
    ],
    [
      'Quelle surprise ! Le favori a été éliminé dès le premier tour.',
      ['Quelle surprise !', 'Le favori a été éliminé dès le premier tour.'],
    ],
    ['Il a hésité... puis il a signé le texte.', ['Il a hésité... puis il a signé le texte.']],
    ['Il a hésité… Puis il a signé le texte.', ['Il a hésité…', 'Puis il a signé le texte.']],
    [
      'Le suspense a duré jusqu’au bout... Le résultat est tombé à minuit.',
      ['Le suspense a duré jusqu’au bout...', 'Le résultat est tombé à minuit.'],
    ],
    [
      '"Nous travaillons à couper le dernier grand axe", a indiqué le colonel Chris...',
      ['"Nous travaillons à couper le dernier grand axe", a indiqué le colonel Chris...'],
    ],
    [
      'Vraiment ?! Les députés ont rejeté le texte une seconde fois.',
      ['Vraiment ?!', 'Les députés ont rejeté le texte une seconde fois.'],
    ],
    [
      'Qui ? Quand ? Comment ? Les enquêteurs cherchent encore.',
      ['Qui ?', 'Quand ?', 'Comment ?', 'Les enquêteurs cherchent encore.'],
    ],
    [
      'Les manifestants scandaient « Démission ! » devant la préfecture.',
      ['Les manifestants scandaient « Démission ! » devant la préfecture.'],
    ],
    [
      'Il cite les « dépenses [...] non justifiées » du cabinet.',
      ['Il cite les « dépenses [...] non justifiées » du cabinet.'],
    ],
    [
      'Le rapport évoque des « irrégularités (...) graves » dans la gestion.',
      ['Le rapport évoque des « irrégularités (...) graves » dans la gestion.'],
    ],
  ],
  'parentheses and dashes': [
    [
      'Un groupe soutenu par les Etats-Unis -- Les Forces démocratiques syriennes (FDS)-- mène depuis le 31 mai une offensive.',
      [
        'Un groupe soutenu par les Etats-Unis -- Les Forces démocratiques syriennes (FDS)-- mène depuis le 31 mai une offensive.',
      ],
    ],
    [
      "L'offensive de la Nouvelle armée syrienne (NAS) a échoué. Les rebelles se sont repliés.",
      ["L'offensive de la Nouvelle armée syrienne (NAS) a échoué.", 'Les rebelles se sont repliés.'],
    ],
    [
      'Le député (LR) a voté contre. Son groupe était divisé.',
      ['Le député (LR) a voté contre.', 'Son groupe était divisé.'],
    ],
    [
      'Le texte (adopté par 312 voix contre 240.) sera promulgué sous quinze jours.',
      ['Le texte (adopté par 312 voix contre 240.) sera promulgué sous quinze jours.'],
    ],
    [
      'Les rebelles — soutenus par Ankara — ont repris la ville. Damas dénonce une agression.',
      ['Les rebelles — soutenus par Ankara — ont repris la ville.', 'Damas dénonce une agression.'],
    ],
    [
      'Le bilan (provisoire) fait état de 8 morts. Il pourrait s’alourdir.',
      ['Le bilan (provisoire) fait état de 8 morts.', 'Il pourrait s’alourdir.'],
    ],
    [
      'Le ministre a démissionné. (Il sera remplacé par son adjoint.) Les marchés ont réagi.',
      ['Le ministre a démissionné.', '(Il sera remplacé par son adjoint.)', 'Les marchés ont réagi.'],
    ],
    [
      "Les frappes -- huit selon le Pentagone -- ont visé des dépôts d'armes.",
      ["Les frappes -- huit selon le Pentagone -- ont visé des dépôts d'armes."],
    ],
  ],
  'URLs and e-mail addresses': [
    [
      'Le rapport est disponible sur www.ccomptes.fr. Il compte 200 pages.',
      ['Le rapport est disponible sur www.ccomptes.fr.', 'Il compte 200 pages.'],
    ],
    [
      'Les candidatures sont à envoyer à contact@mairie-lyon.fr. La date limite est fixée au 30 juin.',
      ['Les candidatures sont à envoyer à contact@mairie-lyon.fr.', 'La date limite est fixée au 30 juin.'],
    ],
    [
      'Le communiqué est en ligne sur https://www.elysee.fr/communiques/2024.06.12.html. Il a été publié à midi.',
      [
        'Le communiqué est en ligne sur https://www.elysee.fr/communiques/2024.06.12.html.',
        'Il a été publié à midi.',
      ],
    ],
    [
      'Écrivez à jean.dupont@afp.com pour toute correction.',
      ['Écrivez à jean.dupont@afp.com pour toute correction.'],
    ],
    [
      'La pétition (voir change.org) a recueilli 100.000 signatures.',
      ['La pétition (voir change.org) a recueilli 100.000 signatures.'],
    ],
  ],
  'lists and bullets': [
    [
      'Les mesures annoncées :\n- gel des prix ;\n- hausse des salaires ;\n- baisse des impôts.',
      ['Les mesures annoncées :', '- gel des prix ;', '- hausse des salaires ;', '- baisse des impôts.'],
    ],
    [
      'Le plan prévoit :\n• 10.000 postes de soignants\n• un milliard pour l’hôpital\n• une prime de 500 euros',
      [
        'Le plan prévoit :',
        '• 10.000 postes de soignants',
        '• un milliard pour l’hôpital',
        '• une prime de 500 euros',
      ],
    ],
    [
      '1. Le cessez-le-feu entre en vigueur lundi.\n2. Les prisonniers seront échangés.',
      ['1. Le cessez-le-feu entre en vigueur lundi.', '2. Les prisonniers seront échangés.'],
    ],
    [
      'Les trois priorités : 1) la sécurité 2) l’emploi 3) le climat',
      ['Les trois priorités : 1) la sécurité 2) l’emploi 3) le climat'],
    ],
    ['1) La sécurité. 2) L’emploi. 3) Le climat.', ['1) La sécurité.', '2) L’emploi.', '3) Le climat.']],
    [
      '• Le président a démissionné • Le Parlement est dissous',
      ['• Le président a démissionné', '• Le Parlement est dissous'],
    ],
    [
      '1. Le score final est de 3 à 2. Les supporters ont envahi la pelouse.',
      ['1. Le score final est de 3 à 2.', 'Les supporters ont envahi la pelouse.'],
    ],
  ],
  'datelines, lines and headlines': [
    [
      'BAGDAD, 29 juin (AFP) - La coalition veut couper le dernier grand axe de l’EI.',
      ['BAGDAD, 29 juin (AFP) -', 'La coalition veut couper le dernier grand axe de l’EI.'],
    ],
    [
      'PARIS (AFP) - Le gouvernement a présenté mercredi son plan. Il sera débattu en juillet.',
      ['PARIS (AFP) -', 'Le gouvernement a présenté mercredi son plan.', 'Il sera débattu en juillet.'],
    ],
    ['Paris (AFP) - Les prix ont reculé en mai.', ['Paris (AFP) -', 'Les prix ont reculé en mai.']],
    [
      'SAINT-DENIS DE LA RÉUNION, 3 mars (AFP) — Un cyclone menace l’île.',
      ['SAINT-DENIS DE LA RÉUNION, 3 mars (AFP) —', 'Un cyclone menace l’île.'],
    ],
    [
      'Grève à la SNCF\nLe trafic sera très perturbé jeudi.',
      ['Grève à la SNCF', 'Le trafic sera très perturbé jeudi.'],
    ],
    [
      "La coalition bombarde Boukamal. Huit frappes en 24 heures.\nL'EI recule.",
      ['La coalition bombarde Boukamal.', 'Huit frappes en 24 heures.', "L'EI recule."],
    ],
    [
      'Le ministre a annoncé que le texte\nserait présenté en conseil des ministres.',
      ['Le ministre a annoncé que le texte\nserait présenté en conseil des ministres.'],
    ],
    [
      'Les combats ont repris.\n\nLa population fuit vers le sud.',
      ['Les combats ont repris.', 'La population fuit vers le sud.'],
    ],
    [
      'Le député, élu depuis 2017, a quitté le groupe (LREM). Il siégera chez les non-inscrits.\npc/ybl',
      [
        'Le député, élu depuis 2017, a quitté le groupe (LREM).',
        'Il siégera chez les non-inscrits.',
        'pc/ybl',
      ],
    ],
    ['Par Jean Dupont\nLe Sénat a rejeté le texte.', ['Par Jean Dupont', 'Le Sénat a rejeté le texte.']],
  ],
  'mixed wire paragraphs': [
    [
      "Ces dernières 24 heures, elle a mené huit bombardements près de Boukamal et cinq frappes près d'Al-Qaïm. La NAS est soutenue par les Américains.",
      [
        "Ces dernières 24 heures, elle a mené huit bombardements près de Boukamal et cinq frappes près d'Al-Qaïm.",
        'La NAS est soutenue par les Américains.',
      ],
    ],
    [
      'M. Garver a précisé que « plus de 10.000 » documents avaient été saisis. « Nous les exploitons », a-t-il dit.',
      [
        'M. Garver a précisé que « plus de 10.000 » documents avaient été saisis.',
        '« Nous les exploitons », a-t-il dit.',
      ],
    ],
    [
      "Le sommet de l'Otan s'ouvre jeudi à Vilnius. Les Etats-Unis y seront représentés par M. Biden, etc. Kiev espère un signal fort.",
      [
        "Le sommet de l'Otan s'ouvre jeudi à Vilnius.",
        'Les Etats-Unis y seront représentés par M. Biden, etc.',
        'Kiev espère un signal fort.',
      ],
    ],
    [
      "Le Dr. Tedros, directeur général de l'OMS, a appelé à la vigilance. Selon lui, « la pandémie n'est pas finie ».",
      [
        "Le Dr. Tedros, directeur général de l'OMS, a appelé à la vigilance.",
        "Selon lui, « la pandémie n'est pas finie ».",
      ],
    ],
    [
      'Les FDS ont pris 3 villages le 2 juin. Le 3, elles ont atteint les abords de Minbej.',
      ['Les FDS ont pris 3 villages le 2 juin.', 'Le 3, elles ont atteint les abords de Minbej.'],
    ],
    [
      "Le vol AF447 s'est abîmé en mer le 1er juin 2009. Il y avait 228 personnes à bord.",
      ["Le vol AF447 s'est abîmé en mer le 1er juin 2009.", 'Il y avait 228 personnes à bord.'],
    ],
    [
      "« C'est un jour historique », s'est félicité le Premier ministre. « Nous l'attendions depuis 1962. »",
      [
        "« C'est un jour historique », s'est félicité le Premier ministre.",
        "« Nous l'attendions depuis 1962. »",
      ],
    ],
    [
      "L'entreprise, cotée au CAC 40, a annoncé 1.200 suppressions de postes. Les syndicats appellent à la grève le 12 oct. prochain.",
      [
        "L'entreprise, cotée au CAC 40, a annoncé 1.200 suppressions de postes.",
        'Les syndicats appellent à la grève le 12 oct. prochain.',
      ],
    ],
  ],
};
