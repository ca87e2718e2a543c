#include "lexicon.h"

#define WORDLIST(name, ...)                                             \
    static const char *const name##_words[] = {__VA_ARGS__};           \
    const wordlist name = {name##_words, sizeof name##_words / sizeof *name##_words}

const char *pick(rng *r, const wordlist *list)
{
    return list->words[rng_below(r, (unsigned)list->count)];
}

WORDLIST(countries,
    "Argentina", "Armenia", "Australia", "Austria", "Bangladesh", "Belarus", "Brazil",
    "Cabo Verde", "Canada", "Chile", "Colombia", "Costa Rica", "Denmark", "Ecuador",
    "Egypt", "Estonia", "Ethiopia", "Fiji", "Finland", "Ghana", "Guatemala", "Iceland",
    "India", "Indonesia", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
    "Kyrgyzstan", "Malaysia", "Maldives", "Mexico", "Mongolia", "Morocco", "Namibia",
    "Nepal", "New Zealand", "Nigeria", "Norway", "Pakistan", "Panama", "Peru",
    "Portugal", "Qatar", "Samoa", "Senegal", "Singapore", "Slovenia", "South Africa",
    "Sri Lanka", "Switzerland", "Tajikistan", "Thailand", "Tonga", "Tunisia", "Uruguay",
    "Uzbekistan", "Viet Nam", "Zambia", "the Philippines", "the Netherlands",
    "the Republic of Korea", "the Republic of Moldova", "the Russian Federation",
    "the United Republic of Tanzania", "the Plurinational State of Bolivia");

WORDLIST(organizations,
    "the Organization for Coastal Resilience", "the Council of River Basin States",
    "the Association of Mountain Economies", "the Community of Arid Land States",
    "the Forum of Small Island Developing States", "the Regional Water Commission",
    "the Conference on Interaction and Confidence-Building Measures",
    "the Organization of Landlocked Trading States", "the Agency for Highland Development",
    "the Union of Coastal Fisheries Authorities");

WORDLIST(person_names,
    "Ana Lucía Ferreira", "Tomasz Wróbel", "Amina Diallo", "Kenji Mori", "Olena Kovalenko",
    "Rafael Ortega", "Sione Taufa", "Ingrid Halvorsen", "Nadia Benali", "Tariq Mahmood",
    "Leilani Kealoha", "Mateus Cardoso", "Aigerim Sadykova", "Joseph Mwangi",
    "Priya Raghavan", "Émile Laurent", "Hana Dvořáková", "Bolat Nurlanov");

WORDLIST(languages, "Arabic", "Chinese", "English", "French", "Russian", "Spanish");

WORDLIST(topics,
    "Cooperation between the United Nations and regional and subregional organizations",
    "Disaster risk reduction in coastal and low-lying areas",
    "Sustainable mountain development", "Oceans and the law of the sea",
    "Agricultural technology for sustainable development",
    "The rule of law at the national and international levels",
    "Strengthening of the coordination of emergency humanitarian assistance",
    "Human rights education and training", "Road safety and the reduction of traffic deaths",
    "Entrepreneurship for sustainable development",
    "Combating sand and dust storms", "International cooperation on water resources",
    "Promotion of sustainable tourism for the eradication of poverty",
    "Protection of persons in the event of disasters",
    "Financing for development", "Literacy for life: shaping future agendas",
    "Improvement of the situation of women and girls in rural areas",
    "Measures to eliminate international terrorism",
    "Preventing and combating illicit financial flows",
    "Information and communications technologies for development");

WORDLIST(areas,
    "disaster risk reduction", "coastal resilience", "early warning systems",
    "the sustainable management of fisheries", "water resources management",
    "the protection of civilians", "access to justice", "rural development",
    "the prevention of desertification", "road safety", "human rights education",
    "small island developing States", "landlocked developing countries",
    "the financing of development", "statistical capacity", "the empowerment of women",
    "the digital divide", "humanitarian assistance", "peacebuilding",
    "the reduction of illicit financial flows", "public health preparedness",
    "the conservation of marine biodiversity", "sustainable transport",
    "youth employment", "the rule of law");

WORDLIST(actors,
    "the Secretary-General", "Member States", "the General Assembly",
    "the Security Council", "the Economic and Social Council", "the Advisory Committee",
    "the Special Committee", "the Working Group", "the Office", "the Commission",
    "regional organizations", "the organizations of the United Nations system",
    "the Special Rapporteur", "the Peacebuilding Commission", "several delegations",
    "the host Government", "the secretariat", "the Board of Auditors",
    "the Committee for Programme and Coordination", "donor countries");

WORDLIST(actions,
    "welcomed", "took note of", "emphasized", "underlined", "reviewed",
    "continued to support", "expressed concern about", "called for",
    "recommended the strengthening of", "drew attention to", "reaffirmed its commitment to",
    "acknowledged", "stressed the importance of", "examined", "encouraged",
    "reported on", "contributed to", "considered", "supported");

WORDLIST(objects,
    "the implementation of measures for %s",
    "the progress made in %s",
    "the gaps that remain in %s",
    "national strategies on %s",
    "the coordination of activities relating to %s",
    "the financing of programmes on %s",
    "the exchange of information and good practices on %s",
    "the role of regional organizations in %s",
    "capacity-building for %s",
    "the data available on %s",
    "technical assistance in %s",
    "the recommendations of the expert group on %s",
    "voluntary contributions to the trust fund for %s",
    "partnerships with civil society in %s");

WORDLIST(qualifiers,
    "in particular in the least developed countries",
    "at the national, regional and international levels",
    "within existing resources",
    "in close cooperation with the host country",
    "taking into account the views expressed by Member States",
    "on the basis of equitable geographical distribution",
    "in accordance with their respective mandates",
    "as a matter of priority",
    "with the participation of all relevant stakeholders",
    "in a timely and transparent manner");

WORDLIST(committees,
    "Second Committee", "Third Committee", "Fourth Committee",
    "Sixth Committee", "Fifth Committee", "First Committee");

WORDLIST(report_headings,
    "Background", "Activities of the United Nations system", "Measures taken by Member States",
    "Regional cooperation", "Challenges and lessons learned", "Financial implications",
    "Coordination and partnerships", "Monitoring and evaluation", "Progress in implementation",
    "Institutional arrangements", "Resources and funding", "The way forward");

WORDLIST(subheadings,
    "National measures", "Regional initiatives", "Support from the United Nations system",
    "Partnerships", "Data and statistics", "Capacity-building", "Legal frameworks",
    "Funding", "Outreach and awareness-raising", "Research");

WORDLIST(table_rows,
    "Africa", "Asia and the Pacific", "Eastern Europe", "Latin America and the Caribbean",
    "Western Europe and other States", "Small island developing States",
    "Least developed countries", "Landlocked developing countries", "Global programmes",
    "Headquarters", "Regional commissions", "Country offices");

WORDLIST(publications,
    "Official Records of the General Assembly",
    "Report of the World Conference on Disaster Reduction",
    "Yearbook of the United Nations",
    "World Economic Situation and Prospects",
    "Report of the International Conference on Financing for Development",
    "United Nations, Treaty Series");

WORDLIST(places,
    "Apia", "Suva", "Nairobi", "Geneva", "Bangkok", "Santiago", "Addis Ababa", "Vienna",
    "Beirut", "Almaty", "Port Louis", "Montevideo", "Ulaanbaatar", "Kathmandu");
