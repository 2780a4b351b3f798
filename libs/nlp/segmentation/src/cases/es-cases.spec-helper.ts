import type { SentenceCase } from './expect-sentences.spec-helper';

/** Spanish wire sentences (EFE style), hand-cut. */
export const SPANISH_CASES: Record<string, readonly SentenceCase[]> = {
  'sentences, titles and abbreviations': [
    [
      'El Gobierno aprobó el martes los presupuestos. La oposición criticó el plan.',
      ['El Gobierno aprobó el martes los presupuestos.', 'La oposición criticó el plan.'],
    ],
    [
      'El Sr. García se reunió con la Sra. López en Madrid.',
      ['El Sr. García se reunió con la Sra. López en Madrid.'],
    ],
    [
      'La Dra. Martínez dirige el hospital desde 2015. Es especialista en cardiología.',
      ['La Dra. Martínez dirige el hospital desde 2015.', 'Es especialista en cardiología.'],
    ],
    ['El Gral. Pérez asumió el mando de las tropas.', ['El Gral. Pérez asumió el mando de las tropas.']],
    [
      'El acuerdo fue firmado por EE.UU. y México en la cumbre.',
      ['El acuerdo fue firmado por EE.UU. y México en la cumbre.'],
    ],
    [
      'La delegación viajó a EE.UU. El viaje duró tres días.',
      ['La delegación viajó a EE.UU.', 'El viaje duró tres días.'],
    ],
    [
      'Se vendieron frutas, verduras, etc. Los precios subieron.',
      ['Se vendieron frutas, verduras, etc.', 'Los precios subieron.'],
    ],
    ['Los costes subieron aprox. un 20 por ciento.', ['Los costes subieron aprox. un 20 por ciento.']],
    [
      'El texto figura en la pág. 12 del informe. Fue redactado en 2019.',
      ['El texto figura en la pág. 12 del informe.', 'Fue redactado en 2019.'],
    ],
    [
      'El artículo se publicó en el núm. 45 de la revista.',
      ['El artículo se publicó en el núm. 45 de la revista.'],
    ],
    [
      'La empresa Telefónica S.A. anunció beneficios récord.',
      ['La empresa Telefónica S.A. anunció beneficios récord.'],
    ],
  ],
  'numbers, dates and times': [
    [
      'La inflación subió al 3,5 % en mayo. Los analistas esperaban un 3,2 %.',
      ['La inflación subió al 3,5 % en mayo.', 'Los analistas esperaban un 3,2 %.'],
    ],
    [
      'Más de 10.000 personas se manifestaron en Madrid. La policía habló de 8.000.',
      ['Más de 10.000 personas se manifestaron en Madrid.', 'La policía habló de 8.000.'],
    ],
    [
      'La ley entra en vigor el 1 de enero de 2025. Afecta a dos millones de trabajadores.',
      ['La ley entra en vigor el 1 de enero de 2025.', 'Afecta a dos millones de trabajadores.'],
    ],
    [
      'La reunión comenzará a las 10.30 horas. Se espera un acuerdo.',
      ['La reunión comenzará a las 10.30 horas.', 'Se espera un acuerdo.'],
    ],
    [
      'El déficit alcanzó 1.200 millones de euros en 2023.',
      ['El déficit alcanzó 1.200 millones de euros en 2023.'],
    ],
    [
      'El terremoto, de magnitud 6,4, se sintió en la capital.',
      ['El terremoto, de magnitud 6,4, se sintió en la capital.'],
    ],
  ],
  'quotes, questions and datelines': [
    [
      '¿Quién pagará la factura? Las comunidades exigen claridad.',
      ['¿Quién pagará la factura?', 'Las comunidades exigen claridad.'],
    ],
    ['¡Por fin! El tren vuelve a circular.', ['¡Por fin!', 'El tren vuelve a circular.']],
    [
      '«Vamos a ganar», afirmó el candidato. Sus seguidores aplaudieron.',
      ['«Vamos a ganar», afirmó el candidato.', 'Sus seguidores aplaudieron.'],
    ],
    ['"No habrá marcha atrás", dijo el ministro.', ['"No habrá marcha atrás", dijo el ministro.']],
    ['«¿Es el final?», se preguntó el analista.', ['«¿Es el final?», se preguntó el analista.']],
    [
      'MADRID, 12 jun (EFE).- El Gobierno aprobó el decreto. Entrará en vigor mañana.',
      ['MADRID, 12 jun (EFE).-', 'El Gobierno aprobó el decreto.', 'Entrará en vigor mañana.'],
    ],
    ['La situación es grave... Pero hay esperanza.', ['La situación es grave...', 'Pero hay esperanza.']],
    [
      'El partido (PSOE) votó en contra. El PP se abstuvo.',
      ['El partido (PSOE) votó en contra.', 'El PP se abstuvo.'],
    ],
    [
      'Más información en www.lamoncloa.gob.es. El teléfono está disponible.',
      ['Más información en www.lamoncloa.gob.es.', 'El teléfono está disponible.'],
    ],
    [
      'Las medidas:\n- congelar los precios\n- subir los salarios',
      ['Las medidas:', '- congelar los precios', '- subir los salarios'],
    ],
    [
      'El ministro dimitió. ¿Quién lo sustituirá? Nadie lo sabe.',
      ['El ministro dimitió.', '¿Quién lo sustituirá?', 'Nadie lo sabe.'],
    ],
    [
      'El presidente habló de una «victoria histórica». La oposición denunció un fraude.',
      ['El presidente habló de una «victoria histórica».', 'La oposición denunció un fraude.'],
    ],
    [
      'El acuerdo se firmó en Bruselas. Entrará en vigor en julio.',
      ['El acuerdo se firmó en Bruselas.', 'Entrará en vigor en julio.'],
    ],
  ],
};
