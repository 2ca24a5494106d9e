package org.warroom.demo;

import java.util.random.RandomGenerator;

/** Plausible, made-up names in Devanagari and in Roman letters. Any likeness to a real person is chance. */
final class SyntheticNames {
    private static final String[][] GIVEN = {
        {"Ramesh", "रमेश"}, {"Suresh", "सुरेश"}, {"Anil", "अनिल"}, {"Sunita", "सुनीता"}, {"Priya", "प्रिया"},
        {"Rahul", "राहुल"}, {"Pooja", "पूजा"}, {"Amit", "अमित"}, {"Neha", "नेहा"}, {"Vikas", "विकास"},
        {"Manoj", "मनोज"}, {"Kavita", "कविता"}, {"Arif", "आरिफ़"}, {"Shabana", "शबाना"}, {"Deepak", "दीपक"},
        {"Rekha", "रेखा"}, {"Sanjay", "संजय"}, {"Anjali", "अंजलि"}, {"Ajay", "अजय"}, {"Meena", "मीना"},
        {"Pankaj", "पंकज"}, {"Ritu", "रितु"}, {"Imran", "इमरान"}, {"Saba", "सबा"}, {"Rajesh", "राजेश"},
        {"Shweta", "श्वेता"}, {"Alok", "आलोक"}, {"Geeta", "गीता"}, {"Dinesh", "दिनेश"}, {"Nisha", "निशा"},
        {"Vinod", "विनोद"}, {"Sarita", "सरिता"}, {"Ashok", "अशोक"}, {"Komal", "कोमल"}, {"Gaurav", "गौरव"},
        {"Ankit", "अंकित"}, {"Shivani", "शिवानी"}, {"Rakesh", "राकेश"}, {"Mamta", "ममता"}, {"Saurabh", "सौरभ"}
    };
    private static final String[][] FAMILY = {
        {"Kumar", "कुमार"}, {"Yadav", "यादव"}, {"Singh", "सिंह"}, {"Verma", "वर्मा"}, {"Maurya", "मौर्य"},
        {"Pandey", "पांडेय"}, {"Mishra", "मिश्रा"}, {"Gupta", "गुप्ता"}, {"Nishad", "निषाद"}, {"Patel", "पटेल"},
        {"Khan", "ख़ान"}, {"Ansari", "अंसारी"}, {"Tiwari", "तिवारी"}, {"Shukla", "शुक्ला"}, {"Chauhan", "चौहान"},
        {"Rajbhar", "राजभर"}, {"Kushwaha", "कुशवाहा"}, {"Pal", "पाल"}, {"Srivastava", "श्रीवास्तव"}, {"Jaiswal", "जायसवाल"}
    };

    private SyntheticNames() {
    }

    /** Half the names in Devanagari, half in Roman letters, as operators type them. */
    static String next(RandomGenerator rnd) {
        int script = rnd.nextInt(2);
        String[] g = GIVEN[rnd.nextInt(GIVEN.length)];
        String[] f = FAMILY[rnd.nextInt(FAMILY.length)];
        return g[script] + " " + f[script];
    }
}
