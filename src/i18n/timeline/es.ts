import type { TimelineTexts } from './en';

export const timelineEs: TimelineTexts = {
  'meta-notifies-2024':
    'Meta empieza a informar a los usuarios de la UE sobre una nueva política de privacidad que le permite entrenar su IA con las publicaciones de esos usuarios.',
  'complaints-2024':
    'La organización de defensa de la privacidad noyb presenta reclamaciones ante las autoridades de protección de datos de 11 países; el Consejo de Consumidores de Noruega (Forbrukerrådet) también presenta una reclamación.',
  'hamburg-2024': 'La autoridad de protección de datos de Hamburgo recomienda oponerse antes del 26 de junio de 2024.',
  'meta-pauses-2024':
    'Meta suspende su plan después de que la Comisión de Protección de Datos de Irlanda (Data Protection Commission) se lo pida. La Comisión acoge con satisfacción la decisión.',
  'deadline-2024':
    'El último día para oponerse según la lectura más estricta. La autoridad de Hamburgo pedía oponerse antes del 26 de junio de 2024; klicksafe escribió a más tardar el 26 de junio de 2024, un día después. La cuenta atrás terminó al empezar el 26 de junio, para que quien la siguiera llegara a tiempo según ambas lecturas.',
  'policy-date-2024':
    'El día en que iba a aplicarse la nueva política de privacidad de Meta. Meta había suspendido sus planes el 14 de junio, antes de que empezara ningún entrenamiento; klicksafe señaló que seguía siendo posible oponerse después de la suspensión.',
  'meta-announces-2025':
    'Meta anuncia que entrenará su IA con el contenido público de los usuarios adultos de la UE y el EEE a partir del 27 de mayo de 2025.',
  'hamburg-2025':
    'La autoridad de protección de datos de Hamburgo indica que quien quiera oponerse debería hacerlo antes de finales de mayo de 2025.',
  'vz-nrw-letter-2025':
    'La organización de consumidores Verbraucherzentrale NRW envía a Meta un requerimiento extrajudicial para que desista.',
  'noyb-letter-2025':
    'noyb envía a Meta un requerimiento extrajudicial para que desista y pide una respuesta a más tardar el 21 de mayo.',
  'dpc-statement-2025':
    'La Comisión de Protección de Datos de Irlanda (Data Protection Commission) afirma que Meta ha hecho cambios, entre ellos avisos más claros, un formulario de oposición más sencillo y un plazo de preaviso más largo.',
  'hamburg-urgency-2025':
    'La autoridad de protección de datos de Hamburgo abre un procedimiento de urgencia con arreglo al artículo 66 del RGPD.',
  'court-cologne-2025':
    'El Tribunal Regional Superior de Colonia rechaza la solicitud de Verbraucherzentrale NRW de detener el entrenamiento. La decisión no es recurrible.',
  'deadline-2025': 'El último día para oponerse antes de que empiece el entrenamiento.',
  'training-starts-2025':
    'Meta empieza a entrenar su IA con el contenido público de los usuarios de la UE y el EEE. La autoridad de Hamburgo decide no ordenar medidas provisionales.',
};
