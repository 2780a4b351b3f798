import type { SentenceCase } from './expect-sentences.spec-helper';

/** Italian wire sentences (ANSA style), hand-cut. */
export const ITALIAN_CASES: Record<string, readonly SentenceCase[]> = {
  'sentences, titles and abbreviations': [
    [
      'Il governo ha approvato martedì la manovra. Le opposizioni protestano.',
      ['Il governo ha approvato martedì la manovra.', 'Le opposizioni protestano.'],
    ],
    [
      'Il Sig. Rossi ha incontrato il Dott. Bianchi a Roma.',
      ['Il Sig. Rossi ha incontrato il Dott. Bianchi a Roma.'],
    ],
    [
      "L'On. Meloni ha parlato alla Camera. Il dibattito è durato tre ore.",
      ["L'On. Meloni ha parlato alla Camera.", 'Il dibattito è durato tre ore.'],
    ],
    ['Il Prof. Conte ha tenuto una lezione a Firenze.', ['Il Prof. Conte ha tenuto una lezione a Firenze.']],
    [
      "Il Gen. Figliuolo ha coordinato la campagna vaccinale. L'incarico è terminato a marzo.",
      ['Il Gen. Figliuolo ha coordinato la campagna vaccinale.', "L'incarico è terminato a marzo."],
    ],
    [
      'Sono stati sequestrati armi, droga, ecc. Gli arrestati sono cinque.',
      ['Sono stati sequestrati armi, droga, ecc.', 'Gli arrestati sono cinque.'],
    ],
    ['Il testo è a pag. 12 del rapporto.', ['Il testo è a pag. 12 del rapporto.']],
    [
      "Lo prevede l'art. 11 della Costituzione. La norma è chiara.",
      ["Lo prevede l'art. 11 della Costituzione.", 'La norma è chiara.'],
    ],
    [
      'La società Fiat S.p.A. ha annunciato nuovi investimenti.',
      ['La società Fiat S.p.A. ha annunciato nuovi investimenti.'],
    ],
    ['Il costo è di ca. 300 euro a persona.', ['Il costo è di ca. 300 euro a persona.']],
  ],
  'numbers, dates and times': [
    [
      "L'inflazione è salita al 3,5% a maggio. Gli analisti si aspettavano il 3,2%.",
      ["L'inflazione è salita al 3,5% a maggio.", 'Gli analisti si aspettavano il 3,2%.'],
    ],
    [
      'Oltre 10.000 persone hanno manifestato a Roma. La questura parla di 8.000.',
      ['Oltre 10.000 persone hanno manifestato a Roma.', 'La questura parla di 8.000.'],
    ],
    [
      'La legge entra in vigore il 1º gennaio 2025. Riguarda due milioni di lavoratori.',
      ['La legge entra in vigore il 1º gennaio 2025.', 'Riguarda due milioni di lavoratori.'],
    ],
    [
      'La riunione inizierà alle ore 10.30. Si attende un accordo.',
      ['La riunione inizierà alle ore 10.30.', 'Si attende un accordo.'],
    ],
    [
      'Il deficit ha raggiunto 1,2 miliardi di euro nel 2023.',
      ['Il deficit ha raggiunto 1,2 miliardi di euro nel 2023.'],
    ],
    [
      'Il terremoto, di magnitudo 6,4, è stato avvertito a Napoli.',
      ['Il terremoto, di magnitudo 6,4, è stato avvertito a Napoli.'],
    ],
  ],
  'quotes, questions and datelines': [
    [
      'Chi pagherà il conto? Le regioni chiedono chiarezza.',
      ['Chi pagherà il conto?', 'Le regioni chiedono chiarezza.'],
    ],
    ['Finalmente! Il treno riparte.', ['Finalmente!', 'Il treno riparte.']],
    [
      '«Vinceremo», ha affermato il candidato. I sostenitori hanno applaudito.',
      ['«Vinceremo», ha affermato il candidato.', 'I sostenitori hanno applaudito.'],
    ],
    ['"Non torneremo indietro", ha detto il ministro.', ['"Non torneremo indietro", ha detto il ministro.']],
    ["«È la fine?», si chiede l'analista.", ["«È la fine?», si chiede l'analista."]],
    [
      'ROMA, 5 ott (ANSA) - Il governo ha approvato il decreto. Entrerà in vigore domani.',
      ['ROMA, 5 ott (ANSA) -', 'Il governo ha approvato il decreto.', 'Entrerà in vigore domani.'],
    ],
    ["La situazione è grave... Ma c'è speranza.", ['La situazione è grave...', "Ma c'è speranza."]],
    [
      'Il partito (PD) ha votato contro. Forza Italia si è astenuta.',
      ['Il partito (PD) ha votato contro.', 'Forza Italia si è astenuta.'],
    ],
    [
      'Maggiori informazioni su www.governo.it. Il numero verde è attivo.',
      ['Maggiori informazioni su www.governo.it.', 'Il numero verde è attivo.'],
    ],
    [
      'Le misure:\n- blocco dei prezzi\n- aumento dei salari',
      ['Le misure:', '- blocco dei prezzi', '- aumento dei salari'],
    ],
    [
      'Il ministro si è dimesso. Chi lo sostituirà? Nessuno lo sa.',
      ['Il ministro si è dimesso.', 'Chi lo sostituirà?', 'Nessuno lo sa.'],
    ],
    [
      "Il premier ha parlato di una «vittoria storica». L'opposizione denuncia brogli.",
      ['Il premier ha parlato di una «vittoria storica».', "L'opposizione denuncia brogli."],
    ],
    [
      "Gli scontri sono avvenuti a Milano. L'accordo è stato firmato a Bruxelles.",
      ['Gli scontri sono avvenuti a Milano.', "L'accordo è stato firmato a Bruxelles."],
    ],
    [
      'Il Sen. Monti ha votato a favore. La mozione è passata.',
      ['Il Sen. Monti ha votato a favore.', 'La mozione è passata.'],
    ],
  ],
};
