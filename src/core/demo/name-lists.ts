/**
 * Hand-written first and last names, combined at random so that no generated
 * person is a real one. Spellings are the Latin transliterations a German
 * office writes, variants included on purpose (Mohammed / Muhammad,
 * Hussein / Husain, Schewtschenko / Shevchenko, Öztürk / Ozturk), so that
 * search can show that it finds them. Lists are space-separated to stay short.
 */
export interface NameList {
  male: readonly string[];
  female: readonly string[];
  last: readonly string[];
}

const words = (list: string): readonly string[] => list.split(' ');

const ARABIC_MALE =
  'Mohammed Muhammad Mohamad Ahmad Ahmed Omar Khaled Mahmoud Yousef Ali Hassan Hussein Ibrahim Abdullah Samer Rami Fadi Tarek Karim Anas Bilal Firas Azad Baran';
const ARABIC_FEMALE =
  'Fatima Aisha Amal Rania Hiba Lina Nour Rasha Reem Dana Yasmin Layla Zainab Heba Ghada Souad Maryam Sara Berivan Rojda';

export const NAME_LISTS = {
  syria: {
    male: words(ARABIC_MALE),
    female: words(ARABIC_FEMALE),
    last: words(
      'Al-Ahmad Alahmad Hussein Husain Hussain Haddad Khalil Ibrahim Saleh Al-Hamwi Darwish Hamdan Najjar Youssef Yusuf Mansour Othman Osman Abdo Kassem Qasim Al-Khatib Sulaiman Suleiman Mustafa Sheikho Hemo',
    ),
  },
  iraq: {
    male: words(
      'Mohammed Muhammad Ali Hussein Husain Hassan Haider Mustafa Ahmed Ammar Zaid Saif Abbas Karrar Khalil Rojhat Dilshad',
    ),
    female: words('Zahraa Fatima Noor Nour Zainab Maryam Huda Shaima Asma Dilan Nareen Shireen'),
    last: words(
      'Al-Jabouri Al-Tamimi Hussein Husain Kadhim Kazim Jassim Abbas Hamid Saleh Mahdi Al-Rubaie Khalaf Khudeida Hadi Barzani Rashid',
    ),
  },
  afghanistan: {
    male: words(
      'Mohammad Muhammad Ahmad Ali Hamid Javid Jawid Farid Mustafa Sayed Rahmatullah Najib Habib Milad Reza Hossein Hussain Omid Sohrab Wahid',
    ),
    female: words(
      'Fatima Zahra Maryam Shabnam Nargis Parwana Farzana Mina Zarifa Khadija Masooma Roya Setara Freshta',
    ),
    last: words(
      'Ahmadi Rahimi Hosseini Hussaini Husseini Mohammadi Sultani Karimi Noori Nuri Haidari Jafari Rezaei Sadat Hakimi Amiri Azizi Safi Nazari Sharifi',
    ),
  },
  ukraine: {
    male: words(
      'Oleksandr Oleksii Andrii Dmytro Serhii Mykola Ivan Yurii Bohdan Taras Vitalii Artem Maksym Roman',
    ),
    female: words(
      'Olena Olha Iryna Nataliia Tetiana Yuliia Kateryna Oksana Svitlana Anastasiia Mariia Viktoriia Halyna Liudmyla',
    ),
    last: words(
      'Kovalenko Kowalenko Shevchenko Schewtschenko Bondarenko Tkachenko Tkatschenko Kravchenko Melnyk Boiko Kovalchuk Oliinyk Lysenko Marchenko Rudenko Savchenko Petrenko Moroz Tkachuk Kushnir Romaniuk',
    ),
  },
  turkey: {
    male: words(
      'Mehmet Mustafa Ahmet Ali Hüseyin Huseyin Hasan Ibrahim Emre Murat Serkan Yusuf Ömer Burak Cem Serhat Baran',
    ),
    female: words(
      'Ayşe Ayse Fatma Emine Zeynep Elif Merve Gül Özlem Büşra Hatice Esra Dilan Berfin',
    ),
    last: words(
      'Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Öztürk Ozturk Aydın Aydin Arslan Doğan Dogan Kılıç Kilic Özdemir Polat Güneş Aksoy Tekin',
    ),
  },
  eritrea: {
    male: words(
      'Yonas Dawit Biniam Filmon Tekle Semere Mehari Robel Kidane Yohannes Tesfalem Habtom Ermias Efrem Merhawi Tesfay',
    ),
    female: words(
      'Senait Senayt Helen Selam Luwam Rahwa Saba Winta Eden Yordanos Feven Hiwet Mebrat Tsega',
    ),
    last: words(
      'Tesfay Tesfai Gebremedhin Gebremariam Ghebremariam Kidane Haile Tekle Berhane Habte Woldu Asmerom Ghirmay Girmay Mehari Okbay Yemane',
    ),
  },
} as const satisfies Record<string, NameList>;

/** German surnames with umlauts, for Ukrainians of German descent and for partner staff. */
export const GERMAN_UMLAUT_LAST_NAMES = words(
  'Müller Schäfer Jürgens Köhler Bäcker Günther Krüger Schröder Möller Kühn Fröhlich Wöhrle',
);
