import type { SentenceCase } from './expect-sentences.spec-helper';

/** German wire sentences (dpa style), hand-cut. */
export const GERMAN_CASES: Record<string, readonly SentenceCase[]> = {
  'sentences, titles and abbreviations': [
    [
      'Die Regierung hat am Dienstag den Haushalt beschlossen. Die Opposition kritisiert den Plan.',
      ['Die Regierung hat am Dienstag den Haushalt beschlossen.', 'Die Opposition kritisiert den Plan.'],
    ],
    [
      'Dr. Müller leitet die Klinik seit 2015. Er ist Facharzt für Innere Medizin.',
      ['Dr. Müller leitet die Klinik seit 2015.', 'Er ist Facharzt für Innere Medizin.'],
    ],
    [
      'Prof. Dr. Christian Drosten warnte vor einer neuen Welle.',
      ['Prof. Dr. Christian Drosten warnte vor einer neuen Welle.'],
    ],
    [
      'Betroffen sind z.B. Bahn und Luftverkehr. Die Gewerkschaft droht mit weiteren Streiks.',
      ['Betroffen sind z.B. Bahn und Luftverkehr.', 'Die Gewerkschaft droht mit weiteren Streiks.'],
    ],
    [
      'Die Kosten steigen um ca. 20 Prozent. Das Ministerium prüft Alternativen.',
      ['Die Kosten steigen um ca. 20 Prozent.', 'Das Ministerium prüft Alternativen.'],
    ],
    ['Der Vertrag gilt bzw. galt bis Ende Juni.', ['Der Vertrag gilt bzw. galt bis Ende Juni.']],
    ['Er wohnt in der Hauptstr. 5 in Berlin.', ['Er wohnt in der Hauptstr. 5 in Berlin.']],
    [
      'Das Urteil findet sich in Art. 5 des Grundgesetzes. Es ist rechtskräftig.',
      ['Das Urteil findet sich in Art. 5 des Grundgesetzes.', 'Es ist rechtskräftig.'],
    ],
    [
      'Gemeint sind Äpfel, Birnen usw. Die Preise stiegen deutlich.',
      ['Gemeint sind Äpfel, Birnen usw.', 'Die Preise stiegen deutlich.'],
    ],
    [
      'Das Projekt kostet 5 Mio. Euro und soll 2026 fertig sein.',
      ['Das Projekt kostet 5 Mio. Euro und soll 2026 fertig sein.'],
    ],
    [
      'Die Schulden betragen 2,5 Mrd. Euro. Das ist ein Rekord.',
      ['Die Schulden betragen 2,5 Mrd. Euro.', 'Das ist ein Rekord.'],
    ],
    [
      'Gesucht wird u.a. ein 30-jähriger Mann. Die Polizei bittet um Hinweise.',
      ['Gesucht wird u.a. ein 30-jähriger Mann.', 'Die Polizei bittet um Hinweise.'],
    ],
  ],
  'ordinals, numbers and dates': [
    [
      'Die Wahl findet am 3. Oktober statt. Die Parteien bereiten sich vor.',
      ['Die Wahl findet am 3. Oktober statt.', 'Die Parteien bereiten sich vor.'],
    ],
    [
      'Der 2. Weltkrieg endete in Europa am 8. Mai 1945.',
      ['Der 2. Weltkrieg endete in Europa am 8. Mai 1945.'],
    ],
    [
      'Die Inflation lag bei 2,5 Prozent. Volkswirte hatten 2,3 Prozent erwartet.',
      ['Die Inflation lag bei 2,5 Prozent.', 'Volkswirte hatten 2,3 Prozent erwartet.'],
    ],
    [
      'Mehr als 10.000 Menschen demonstrierten in Berlin. Die Polizei sprach von 8.000.',
      ['Mehr als 10.000 Menschen demonstrierten in Berlin.', 'Die Polizei sprach von 8.000.'],
    ],
    [
      'Die Sitzung beginnt um 18.30 Uhr. Sie wird live übertragen.',
      ['Die Sitzung beginnt um 18.30 Uhr.', 'Sie wird live übertragen.'],
    ],
    [
      'Der Kurs stieg auf 30. Das ist der höchste Stand seit Jahren.',
      ['Der Kurs stieg auf 30.', 'Das ist der höchste Stand seit Jahren.'],
    ],
    ['Er wurde am 1. Januar 1990 in Hamburg geboren.', ['Er wurde am 1. Januar 1990 in Hamburg geboren.']],
    [
      'Der Vorfall ereignete sich am 29.06.2016 gegen Mittag.',
      ['Der Vorfall ereignete sich am 29.06.2016 gegen Mittag.'],
    ],
  ],
  'quotes, questions and datelines': [
    [
      '„Wir schaffen das“, sagte die Kanzlerin. Die Kritik hielt an.',
      ['„Wir schaffen das“, sagte die Kanzlerin.', 'Die Kritik hielt an.'],
    ],
    [
      '„Das ist ein guter Tag.“ Der Minister lächelte.',
      ['„Das ist ein guter Tag.“', 'Der Minister lächelte.'],
    ],
    [
      'Wer zahlt die Rechnung? Die Länder fordern Klarheit vom Bund.',
      ['Wer zahlt die Rechnung?', 'Die Länder fordern Klarheit vom Bund.'],
    ],
    [
      '„Wann kommt die Reform?“, fragte der Abgeordnete.',
      ['„Wann kommt die Reform?“, fragte der Abgeordnete.'],
    ],
    [
      'BERLIN (dpa) - Die Bundesregierung plant neue Hilfen. Details sollen folgen.',
      ['BERLIN (dpa) -', 'Die Bundesregierung plant neue Hilfen.', 'Details sollen folgen.'],
    ],
    ['Endlich! Der Zug fährt wieder.', ['Endlich!', 'Der Zug fährt wieder.']],
    [
      'Weitere Informationen unter www.bundesregierung.de. Die Hotline ist rund um die Uhr erreichbar.',
      ['Weitere Informationen unter www.bundesregierung.de.', 'Die Hotline ist rund um die Uhr erreichbar.'],
    ],
    ['Die Lage ist ernst... Aber es gibt Hoffnung.', ['Die Lage ist ernst...', 'Aber es gibt Hoffnung.']],
    [
      'Die Partei (SPD) stimmte dagegen. Die Union enthielt sich.',
      ['Die Partei (SPD) stimmte dagegen.', 'Die Union enthielt sich.'],
    ],
    [
      'Die Forderungen:\n- mehr Lohn\n- weniger Arbeitszeit',
      ['Die Forderungen:', '- mehr Lohn', '- weniger Arbeitszeit'],
    ],
  ],
};
