/** Word lists for the demo data: what a Ukrainian contact centre's CRM holds. */
import type { Relationship } from '../schema.ts';

export type Language = 'uk' | 'en';

export const ukrainianRegions = [
  'Київ', 'Київська область', 'Вінницька область', 'Волинська область', 'Дніпропетровська область',
  'Донецька область', 'Житомирська область', 'Закарпатська область', 'Запорізька область',
  'Івано-Франківська область', 'Кіровоградська область', 'Луганська область', 'Львівська область',
  'Миколаївська область', 'Одеська область', 'Полтавська область', 'Рівненська область', 'Сумська область',
  'Тернопільська область', 'Харківська область', 'Херсонська область', 'Хмельницька область',
  'Черкаська область', 'Чернівецька область', 'Чернігівська область',
];

export const foreignRegions = ['Польща', 'Німеччина', 'Велика Британія', 'США', 'Молдова', 'Литва'];

export const industries = [
  'Роздрібна торгівля', 'Оптова торгівля', 'Будівництво', 'Інформаційні технології', 'Логістика',
  'Агросектор', 'Виробництво', 'Медицина', 'Освіта', 'HoReCa', 'Фінанси', 'Енергетика', 'Нерухомість',
  'Автосервіс', 'Телекомунікації',
];

export const adSources = [
  'Google Ads', 'Facebook', 'Instagram', 'Рекомендація', 'Виставка', 'Сайт', 'Холодний дзвінок', 'Prom.ua',
  'OLX', 'Розсилка',
];

export const relationships: readonly { value: Relationship; weight: number }[] = [
  { value: 'customer', weight: 45 },
  { value: 'prospect', weight: 35 },
  { value: 'supplier', weight: 7 },
  { value: 'partner', weight: 8 },
  { value: 'other', weight: 5 },
];

/** Legal forms: the full name as registered, and the abbreviation people use. */
export const ukrainianCompanyForms = [
  { full: 'Товариство з обмеженою відповідальністю', short: 'ТОВ', weight: 70 },
  { full: 'Приватне підприємство', short: 'ПП', weight: 15 },
  { full: 'Приватне акціонерне товариство', short: 'ПрАТ', weight: 8 },
  { full: 'Акціонерне товариство', short: 'АТ', weight: 7 },
];

export const englishCompanySuffixes = ['LLC', 'Ltd', 'Inc.', 'Group Ltd', 'GmbH', 'Sp. z o.o.'];

/** Halves of Ukrainian brand names: «Агро» + «світ» makes «Агросвіт». */
export const ukrainianBrandStarts = [
  'Агро', 'Буд', 'Енерго', 'Торг', 'Тех', 'Інвест', 'Транс', 'Мед', 'Фарм', 'Еко', 'Світло', 'Дніпро',
  'Карпати', 'Поділля', 'Либідь', 'Полісся', 'Нива', 'Вектор', 'Оптима', 'Альфа', 'Сокіл', 'Дельта',
  'Файно', 'Зерно', 'Метал', 'Хліб', 'Авто', 'Смарт',
];
export const ukrainianBrandEnds = [
  'світ', 'сервіс', 'буд', 'трейд', 'пром', 'інвест', 'груп', 'лайн', 'маркет', 'постач', 'тех', 'лог',
  'альянс', 'стандарт', 'плюс', 'центр',
];

export const positions: Record<Language, readonly string[]> = {
  uk: [
    'Директор', 'Генеральний директор', 'Головний бухгалтер', 'Бухгалтер', 'Менеджер із закупівель',
    'Офіс-менеджер', 'Юрист', 'Комерційний директор', 'Секретар', 'Заступник директора', 'Логіст',
  ],
  en: [
    'Director', 'CEO', 'Chief Accountant', 'Accountant', 'Purchasing Manager', 'Office Manager', 'Lawyer',
    'Sales Director', 'Assistant', 'Operations Manager',
  ],
};

export const emailDomains = ['gmail.com', 'ukr.net', 'i.ua', 'meta.ua', 'outlook.com', 'icloud.com'];

/** Interaction subjects by interaction type (the `interaction_types` codes the migration creates). */
export const interactionSubjects: Record<Language, Record<'sale' | 'consultation' | 'complaint' | 'other', readonly string[]>> = {
  uk: {
    sale: ['Оформлення замовлення', 'Комерційна пропозиція', 'Повторне замовлення', 'Узгодження знижки'],
    consultation: ['Консультація щодо тарифів', 'Питання щодо доставки', 'Уточнення рахунку', 'Налаштування послуги'],
    complaint: ['Скарга на якість', 'Затримка доставки', 'Помилка в рахунку', 'Повернення товару'],
    other: ['Повторний дзвінок', 'Нагадування про оплату', 'Оновлення контактів', 'Запрошення на захід'],
  },
  en: {
    sale: ['New order', 'Commercial offer', 'Repeat order', 'Discount approval'],
    consultation: ['Pricing question', 'Delivery status', 'Invoice clarification', 'Service setup'],
    complaint: ['Quality complaint', 'Late delivery', 'Billing error', 'Product return'],
    other: ['Follow-up call', 'Payment reminder', 'Contact details update', 'Event invitation'],
  },
};

export const interactionNotes: Record<Language, readonly string[]> = {
  uk: [
    'Клієнт просить передзвонити після 15:00.', 'Надіслали прайс на пошту.', 'Домовились про зустріч наступного тижня.',
    'Питання вирішено під час розмови.', 'Потрібне погодження керівника.', 'Клієнт задоволений обслуговуванням.',
  ],
  en: [
    'Asked to call back after 3 pm.', 'Price list sent by email.', 'Meeting agreed for next week.',
    'Resolved during the call.', 'Needs approval from their manager.', 'Happy with the service.',
  ],
};

export const smsTexts: Record<Language, readonly string[]> = {
  uk: [
    'Нагадуємо про оплату рахунку №{n}.', 'Ваше замовлення №{n} відправлено.', 'Дякуємо за звернення! Номер заявки {n}.',
    'Зустріч підтверджено. До зустрічі!',
  ],
  en: ['Reminder: invoice #{n} is due.', 'Your order #{n} has shipped.', 'Thank you! Your request number is {n}.'],
};

export const dealTitles: Record<Language, readonly string[]> = {
  uk: [
    'Поставка обладнання', 'Річний договір на обслуговування', 'Оптове замовлення', 'Впровадження CRM',
    'Консалтинг', 'Поставка витратних матеріалів', 'Оренда техніки', 'Навчання персоналу',
  ],
  en: ['Equipment supply', 'Annual service contract', 'Wholesale order', 'CRM rollout', 'Consulting', 'Staff training'],
};

export const lostReasons: Record<Language, readonly string[]> = {
  uk: ['Висока ціна', 'Обрали конкурента', 'Немає бюджету', 'Не на часі', 'Не вийшли на зв’язок'],
  en: ['Price too high', 'Chose a competitor', 'No budget', 'Not now', 'Stopped responding'],
};

export const taskTitles: Record<Language, readonly { title: string; type: string }[]> = {
  uk: [
    { title: 'Передзвонити клієнту', type: 'call' },
    { title: 'Надіслати комерційну пропозицію', type: 'email' },
    { title: 'Підготувати договір', type: 'other' },
    { title: 'Узгодити дату зустрічі', type: 'meeting' },
    { title: 'Виставити рахунок', type: 'other' },
    { title: 'Перевірити оплату', type: 'other' },
  ],
  en: [
    { title: 'Call the client back', type: 'call' },
    { title: 'Send the offer', type: 'email' },
    { title: 'Prepare the contract', type: 'other' },
    { title: 'Agree on a meeting date', type: 'meeting' },
  ],
};

/** The company's own lines (the PBX simulator's DIDs) and queues, as calls in the demo use them. */
export const companyNumbers = ['+380445550100', '+380445550200', '+380445550700'];
export const callQueues = ['support', 'orders', 'billing', 'delivery', 'returns', 'tech', 'vip', 'accounts'];

const ukrainianToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', '’': '', "'": '',
};

/** Lower-case Latin letters for an email address (the official Ukrainian transliteration, simplified). */
export function latinForEmail(text: string): string {
  return [...text.toLowerCase()].map((letter) => ukrainianToLatin[letter] ?? letter).join('').replace(/[^a-z0-9]/g, '');
}
