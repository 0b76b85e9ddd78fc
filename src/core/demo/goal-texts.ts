/**
 * Short goals as an integration plan states them, in German and, where a
 * translation is at hand, in the languages clients read them in. A goal
 * gets a `clientText` only if its client's preferred language is present.
 */
export type GoalText = { de: string } & Partial<
  Record<'ar' | 'fa' | 'uk' | 'ru' | 'tr' | 'ti', string>
>;

export const GOAL_TEXTS: Readonly<Record<string, readonly GoalText[]>> = {
  language: [
    {
      de: 'Deutschkurs bis Niveau B1 abschließen und die DTZ-Prüfung bestehen.',
      ar: 'إنهاء دورة اللغة الألمانية حتى المستوى B1 والنجاح في امتحان DTZ.',
      fa: 'دوره زبان آلمانی را تا سطح B1 تمام کنم و در آزمون DTZ قبول شوم.',
      uk: 'Завершити курс німецької мови до рівня B1 і скласти іспит DTZ.',
      ru: 'Окончить курс немецкого языка до уровня B1 и сдать экзамен DTZ.',
      tr: 'B1 seviyesine kadar Almanca kursunu bitirmek ve DTZ sınavını geçmek.',
      ti: 'ናይ ጀርመን ቋንቋ ኮርስ ክሳብ ደረጃ B1 ምዝዛም፣ ፈተና DTZ ምሕላፍ።',
    },
    {
      de: 'Einen Platz in einem Integrationskurs mit Kinderbetreuung finden.',
      ar: 'إيجاد مكان في دورة اندماج مع رعاية للأطفال.',
      fa: 'یک جا در کلاس ادغام با مهدکودک پیدا کنم.',
      uk: 'Знайти місце на інтеграційному курсі з доглядом за дітьми.',
      ru: 'Найти место на интеграционном курсе с присмотром за детьми.',
      tr: 'Çocuk bakımı olan bir uyum kursunda yer bulmak.',
      ti: 'ክንክን ቆልዑ ዘለዎ ኮርስ ውህደት ቦታ ምርካብ።',
    },
    {
      de: 'Berufssprachkurs (B2) beginnen, um im erlernten Beruf arbeiten zu können.',
      ar: 'بدء دورة اللغة المهنية (B2) للعمل في مهنتي.',
      fa: 'دوره زبان شغلی (B2) را شروع کنم تا در حرفه خودم کار کنم.',
      uk: 'Почати професійний мовний курс (B2), щоб працювати за фахом.',
      ru: 'Начать профессиональный языковой курс (B2), чтобы работать по специальности.',
      tr: 'Mesleğimde çalışabilmek için mesleki dil kursuna (B2) başlamak.',
    },
  ],
  work: [
    {
      de: 'Eine sozialversicherungspflichtige Stelle in der Pflege finden.',
      ar: 'إيجاد عمل مسجل في التأمينات الاجتماعية في مجال التمريض.',
      fa: 'یک کار با بیمه اجتماعی در بخش پرستاری پیدا کنم.',
      uk: 'Знайти офіційну роботу із соціальним страхуванням у сфері догляду.',
      ru: 'Найти официальную работу с социальным страхованием в сфере ухода.',
      tr: 'Bakım alanında sigortalı bir iş bulmak.',
      ti: 'ኣብ ክንክን ሕሙማት ብውሕስና ማሕበራዊ ዝተመዝገበ ስራሕ ምርካብ።',
    },
    {
      de: 'Den ausländischen Berufsabschluss anerkennen lassen.',
      ar: 'الحصول على معادلة الشهادة المهنية الأجنبية.',
      fa: 'مدرک حرفه‌ای خود را در آلمان ارزشیابی و تأیید کنم.',
      uk: 'Домогтися визнання іноземного професійного диплома.',
      ru: 'Добиться признания иностранного профессионального диплома.',
      tr: 'Yurt dışında alınan meslek diplomasını tanıtmak.',
    },
    {
      de: 'Einen Ausbildungsplatz als Elektroniker/-in finden.',
      ar: 'إيجاد مكان تدريب مهني في مجال الإلكترونيات.',
      fa: 'یک جای کارآموزی حرفه‌ای در رشته برق پیدا کنم.',
      uk: 'Знайти місце професійного навчання за фахом електроніка.',
      tr: 'Elektronik alanında bir meslek eğitimi yeri bulmak.',
      ti: 'ኣብ ኤሌክትሮኒክስ ናይ ሞያ ስልጠና ቦታ ምርካብ።',
    },
    {
      de: 'Bewerbungsunterlagen erstellen und sich bei drei Betrieben bewerben.',
      ar: 'تحضير ملف التقديم والتقدم إلى ثلاث شركات.',
      uk: 'Підготувати документи для резюме та подати заявки до трьох підприємств.',
      tr: 'Başvuru dosyası hazırlamak ve üç işyerine başvurmak.',
    },
  ],
  housing: [
    {
      de: 'Eine eigene Wohnung finden und aus der Anschlussunterbringung ausziehen.',
      ar: 'إيجاد شقة خاصة والانتقال من السكن المؤقت.',
      fa: 'یک آپارتمان شخصی پیدا کنم و از محل اسکان موقت بیرون بروم.',
      uk: 'Знайти власне житло й виїхати з тимчасового житла.',
      ru: 'Найти собственную квартиру и переехать из временного жилья.',
      tr: 'Kendi evimi bulmak ve geçici konaklamadan taşınmak.',
      ti: 'ናይ ገዛእ ርእሰይ ገዛ ምርካብ፣ ካብ ግዝያዊ መንበሪ ምውጻእ።',
    },
    {
      de: 'Einen Wohnberechtigungsschein beantragen.',
      ar: 'تقديم طلب للحصول على شهادة الأحقية في السكن (WBS).',
      fa: 'درخواست گواهی حق سکونت (WBS) بدهم.',
      uk: 'Подати заяву на довідку на соціальне житло (WBS).',
      ru: 'Подать заявление на справку на социальное жильё (WBS).',
      tr: 'Sosyal konut belgesi (WBS) için başvurmak.',
    },
    { de: 'Die Nebenkostenabrechnung verstehen und Rückstände beim Vermieter klären.' },
  ],
  education: [
    {
      de: 'Den Hauptschulabschluss an der Volkshochschule nachholen.',
      ar: 'الحصول على الشهادة المدرسية في مدرسة تعليم الكبار (VHS).',
      fa: 'مدرک پایان مدرسه را در آموزشگاه بزرگسالان (VHS) بگیرم.',
      uk: 'Отримати шкільний атестат у народному університеті (VHS).',
      tr: 'Halk eğitim merkezinde (VHS) okul diplomasını tamamlamak.',
    },
    {
      de: 'Ein Studium aufnehmen und die Zeugnisse bei uni-assist einreichen.',
      ar: 'الالتحاق بالجامعة وتقديم الشهادات عبر uni-assist.',
      uk: 'Вступити до університету й подати документи через uni-assist.',
      ru: 'Поступить в вуз и подать документы через uni-assist.',
    },
  ],
  health: [
    {
      de: 'Eine Hausarztpraxis in der Nähe finden und die Krankenversicherung klären.',
      ar: 'إيجاد طبيب عام قريب وتوضيح التأمين الصحي.',
      fa: 'یک پزشک عمومی در نزدیکی پیدا کنم و بیمه درمانی را روشن کنم.',
      uk: "Знайти сімейного лікаря поблизу та з'ясувати питання медичного страхування.",
      ru: 'Найти терапевта поблизости и разобраться с медицинской страховкой.',
      tr: 'Yakında bir aile hekimi bulmak ve sağlık sigortasını netleştirmek.',
    },
    {
      de: 'Einen Termin bei einer psychosozialen Beratungsstelle wahrnehmen.',
      ar: 'حضور موعد في مركز الاستشارات النفسية والاجتماعية.',
      uk: 'Відвідати психосоціальну консультацію.',
      tr: 'Psikososyal danışma merkezinde bir randevuya gitmek.',
    },
  ],
  participation: [
    {
      de: 'Einem Sportverein beitreten und Kontakte in der Nachbarschaft knüpfen.',
      ar: 'الانضمام إلى نادٍ رياضي والتعرف على الجيران.',
      fa: 'عضو یک باشگاه ورزشی شوم و با همسایه‌ها آشنا شوم.',
      uk: 'Вступити до спортивного клубу й познайомитися із сусідами.',
      tr: 'Bir spor kulübüne katılmak ve mahallede yeni insanlarla tanışmak.',
    },
    {
      de: 'Ehrenamtlich im Stadtteiltreff mitarbeiten.',
      ar: 'العمل التطوعي في مركز الحي.',
      uk: 'Волонтерити в районному центрі зустрічей.',
      tr: 'Mahalle buluşma merkezinde gönüllü çalışmak.',
    },
  ],
  family: [
    {
      de: 'Einen Kita-Platz für das jüngste Kind finden.',
      ar: 'إيجاد مكان في الحضانة لأصغر طفل.',
      fa: 'برای کوچک‌ترین فرزندم یک جا در مهدکودک پیدا کنم.',
      uk: 'Знайти місце в дитячому садку для наймолодшої дитини.',
      ru: 'Найти место в детском саду для младшего ребёнка.',
      tr: 'En küçük çocuk için kreşte yer bulmak.',
    },
    {
      de: 'Den Antrag auf Familiennachzug für Ehefrau und Kinder vorbereiten.',
      ar: 'تحضير طلب لمّ الشمل للزوجة والأطفال.',
      fa: 'درخواست پیوستن همسر و فرزندانم را آماده کنم.',
    },
  ],
  money: [
    {
      de: 'Einen Überblick über die Schulden gewinnen und zur Schuldnerberatung gehen.',
      ar: 'معرفة حجم الديون وحضور موعد في مركز استشارات الديون.',
      uk: 'Скласти огляд боргів і звернутися до консультації з питань боргів.',
      tr: 'Borçlara genel bir bakış elde etmek ve borç danışmanlığına gitmek.',
    },
    { de: 'Kindergeld und Kinderzuschlag beantragen.' },
  ],
  residence: [
    {
      de: 'Die Unterlagen für die Niederlassungserlaubnis zusammenstellen.',
      ar: 'تجهيز الأوراق المطلوبة للإقامة الدائمة.',
      fa: 'مدارک لازم برای اقامت دائم را جمع کنم.',
      tr: 'Süresiz oturma izni için gerekli belgeleri hazırlamak.',
    },
    { de: 'Die Passbeschaffung klären und den Termin bei der Ausländerbehörde vorbereiten.' },
  ],
  religion: [
    {
      de: 'An einem interreligiösen Begegnungsabend teilnehmen.',
      ar: 'المشاركة في أمسية لقاء بين الأديان.',
    },
  ],
};
