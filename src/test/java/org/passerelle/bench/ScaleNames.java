package org.passerelle.bench;

import java.util.List;
import java.util.Random;

/** Given and family names common in a region, so that rosters and certificates look like real ones. */
enum ScaleNames {
    WEST_AFRICA(
            List.of(
                    "Awa",
                    "Moussa",
                    "Fatou",
                    "Mamadou",
                    "Aïssatou",
                    "Ibrahima",
                    "Mariama",
                    "Ousmane",
                    "Khady",
                    "Cheikh",
                    "Aminata",
                    "Souleymane",
                    "Adjoa",
                    "Koffi",
                    "Hery",
                    "Fanja"),
            List.of(
                    "Diop", "Ndiaye", "Sarr", "Fall", "Ba", "Diallo", "Traoré", "Koné", "Camara", "Kouassi", "Mensah",
                    "Rakoto", "Sow", "Touré", "Agbo", "Ekambi")),
    EAST_AFRICA(
            List.of(
                    "Wanjiru",
                    "Otieno",
                    "Achieng",
                    "Kwame",
                    "Ama",
                    "Chinedu",
                    "Ngozi",
                    "Tendai",
                    "Abebe",
                    "Amani",
                    "Neema",
                    "Thabo",
                    "Grace",
                    "Joseph",
                    "Aline",
                    "Emmanuel"),
            List.of(
                    "Kamau",
                    "Mwangi",
                    "Odhiambo",
                    "Boateng",
                    "Okafor",
                    "Adeyemi",
                    "Nkosi",
                    "Mutua",
                    "Tesfaye",
                    "Nyambura",
                    "Okello",
                    "Banda",
                    "Uwimana",
                    "Mugisha",
                    "Asante",
                    "Dlamini")),
    ARABIC(
            List.of(
                    "Ahmed", "Fatima", "Youssef", "Mariam", "Omar", "Salma", "Khaled", "Nour", "Hassan", "Leila",
                    "Karim", "Amira", "Rania", "Tarek", "Sara", "Mehdi"),
            List.of(
                    "Hassan",
                    "El Amrani",
                    "Ben Ali",
                    "Mansour",
                    "Haddad",
                    "Saleh",
                    "Farouk",
                    "Nasser",
                    "Khalil",
                    "Trabelsi",
                    "Mahmoud",
                    "Aziz",
                    "Bennani",
                    "Al-Masri",
                    "Chaabane",
                    "Obeidat")),
    LATIN_AMERICA(
            List.of(
                    "María",
                    "José",
                    "Ana",
                    "Luis",
                    "Carmen",
                    "Jorge",
                    "Lucía",
                    "Carlos",
                    "Sofía",
                    "Diego",
                    "Valentina",
                    "Andrés",
                    "Camila",
                    "Mateo",
                    "Paula",
                    "João"),
            List.of(
                    "García",
                    "Rodríguez",
                    "Martínez",
                    "López",
                    "Gómez",
                    "Pérez",
                    "Silva",
                    "Flores",
                    "Rojas",
                    "Torres",
                    "Quispe",
                    "Souza",
                    "Mamani",
                    "Castillo",
                    "Vargas",
                    "Oliveira")),
    CENTRAL_ASIA(
            List.of(
                    "Aigerim",
                    "Nursultan",
                    "Dilnoza",
                    "Timur",
                    "Aizhan",
                    "Rustam",
                    "Gulnara",
                    "Bakyt",
                    "Madina",
                    "Azamat",
                    "Zarina",
                    "Daniyar",
                    "Elmira",
                    "Sanjar",
                    "Kamila",
                    "Arman"),
            List.of(
                    "Nurlanov",
                    "Karimov",
                    "Abdullaeva",
                    "Tokaev",
                    "Sadykov",
                    "Ismailova",
                    "Akhmetov",
                    "Yusupov",
                    "Bekova",
                    "Omarov",
                    "Rakhimov",
                    "Saparova",
                    "Zhumabaev",
                    "Tursunova",
                    "Aliev",
                    "Kasymova")),
    SOUTH_ASIA(
            List.of(
                    "Priya", "Arjun", "Anita", "Rahul", "Siti", "Budi", "Ayesha", "Imran", "Maria", "Jose", "Linh",
                    "Sokha", "Nimal", "Farhana", "Dewi", "Minh"),
            List.of(
                    "Sharma", "Patel", "Rahman", "Hossain", "Santoso", "Wijaya", "Khan", "Perera", "Reyes", "Nguyen",
                    "Tran", "Chea", "Das", "Iqbal", "Cruz", "Sok")),
    PACIFIC(
            List.of(
                    "Losana", "Jone", "Mere", "Tevita", "Sina", "Ana", "Peni", "Iosefa", "Kila", "Mary", "John",
                    "Grace", "Ratu", "Litia", "Paul", "Vani"),
            List.of(
                    "Tuilagi",
                    "Naivalu",
                    "Waqa",
                    "Fonoti",
                    "Kaupa",
                    "Moala",
                    "Tamate",
                    "Rabuka",
                    "Leota",
                    "Aufai",
                    "Kuman",
                    "Namaliu",
                    "Vuniwaqa",
                    "Siaosi",
                    "Pato",
                    "Tagaloa"));

    private final List<String> given;
    private final List<String> family;

    ScaleNames(List<String> given, List<String> family) {
        this.given = given;
        this.family = family;
    }

    String draw(Random random) {
        return given.get(random.nextInt(given.size())) + " " + family.get(random.nextInt(family.size()));
    }
}
