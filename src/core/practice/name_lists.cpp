// The word lists of name_lists.hpp and the picks that combine them into names, addresses,
// phone numbers and business names. Lists are fixed and ordered: changing one changes output.
#include "core/practice/name_lists.hpp"

#include <cctype>
#include <iterator>

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core::names {

namespace {

constexpr std::string_view kFemale[] = {
    "Mary",     "Patricia",  "Jennifer",  "Linda",     "Elizabeth", "Barbara",   "Susan",    "Jessica",    "Sarah",   "Karen",
    "Lisa",     "Nancy",     "Betty",     "Margaret",  "Sandra",    "Ashley",    "Kimberly", "Emily",      "Donna",   "Michelle",
    "Carol",    "Amanda",    "Dorothy",   "Melissa",   "Deborah",   "Stephanie", "Rebecca",  "Sharon",     "Laura",   "Cynthia",
    "Kathleen", "Amy",       "Angela",    "Shirley",   "Anna",      "Brenda",    "Pamela",   "Emma",       "Nicole",  "Helen",
    "Samantha", "Katherine", "Christine", "Debra",     "Rachel",    "Carolyn",   "Janet",    "Catherine",  "Maria",   "Heather",
    "Diane",    "Ruth",      "Julie",     "Olivia",    "Joyce",     "Virginia",  "Victoria", "Kelly",      "Lauren",  "Christina",
    "Joan",     "Evelyn",    "Judith",    "Megan",     "Andrea",    "Cheryl",    "Hannah",   "Jacqueline", "Martha",  "Gloria",
    "Teresa",   "Ann",       "Sara",      "Madison",   "Frances",   "Kathryn",   "Janice",   "Jean",       "Abigail", "Alice",
    "Judy",     "Sophia",    "Grace",     "Denise",    "Amber",     "Doris",     "Marilyn",  "Danielle",   "Beverly", "Isabella",
    "Theresa",  "Diana",     "Natalie",   "Brittany",  "Charlotte", "Marie",     "Kayla",    "Alexis",     "Lori",    "Ava",
    "Mia",      "Harper",    "Ella",      "Chloe",     "Zoe",       "Lily",      "Nora",     "Riley",      "Aria",    "Layla",
    "Hazel",    "Aurora",    "Violet",    "Stella",    "Lucy",      "Paisley",   "Savannah", "Claire",     "Skylar",  "Naomi",
    "Ruby",     "Ivy",       "Eleanor",   "Caroline",  "Genesis",   "Aaliyah",   "Kennedy",  "Kinsley",    "Allison", "Gabriella",
    "Alyssa",   "Camila",    "Leah",      "Penelope",  "Addison",   "Brooklyn",  "Audrey",   "Bella",      "Elena",   "Quinn",
    "Piper",    "Sadie",     "Willow",    "Josephine", "Vivian",    "Margo",     "Tessa",    "Rosalind",   "Daphne",  "Fiona",
    "Greta",    "Iris",      "Juniper",   "Lydia",     "Maren",     "Nadia",     "Opal",     "Priya",      "Rosa",    "Talia",
    "Wren",     "Yvonne",    "Beatrice",  "Celeste",   "Delia",     "Esther",    "Freya",    "Harriet",
};

constexpr std::string_view kMale[] = {
    "James",   "Robert",    "John",    "Michael",  "David",   "William", "Richard", "Joseph",   "Thomas",   "Charles",   "Christopher",
    "Daniel",  "Matthew",   "Anthony", "Mark",     "Donald",  "Steven",  "Paul",    "Andrew",   "Joshua",   "Kenneth",   "Kevin",
    "Brian",   "George",    "Timothy", "Ronald",   "Edward",  "Jason",   "Jeffrey", "Ryan",     "Jacob",    "Gary",      "Nicholas",
    "Eric",    "Jonathan",  "Stephen", "Larry",    "Justin",  "Scott",   "Brandon", "Benjamin", "Samuel",   "Gregory",   "Alexander",
    "Frank",   "Patrick",   "Raymond", "Jack",     "Dennis",  "Jerry",   "Tyler",   "Aaron",    "Jose",     "Adam",      "Nathan",
    "Henry",   "Douglas",   "Zachary", "Peter",    "Kyle",    "Ethan",   "Walter",  "Noah",     "Jeremy",   "Christian", "Keith",
    "Roger",   "Terry",     "Gerald",  "Harold",   "Sean",    "Austin",  "Carl",    "Arthur",   "Lawrence", "Dylan",     "Jesse",
    "Jordan",  "Bryan",     "Billy",   "Joe",      "Bruce",   "Gabriel", "Logan",   "Albert",   "Willie",   "Alan",      "Juan",
    "Wayne",   "Elijah",    "Randy",   "Roy",      "Vincent", "Ralph",   "Eugene",  "Russell",  "Bobby",    "Mason",     "Philip",
    "Louis",   "Liam",      "Oliver",  "Lucas",    "Aiden",   "Owen",    "Caleb",   "Isaac",    "Luke",     "Hunter",    "Connor",
    "Eli",     "Landon",    "Adrian",  "Asher",    "Carter",  "Julian",  "Grayson", "Leo",      "Jaxon",    "Lincoln",   "Miles",
    "Hudson",  "Nolan",     "Easton",  "Colton",   "Cameron", "Wyatt",   "Dominic", "Xavier",   "Declan",   "Silas",     "Rowan",
    "Theo",    "Emmett",    "Felix",   "Jasper",   "Marcus",  "Desmond", "Elliot",  "Grant",    "Harvey",   "Ivan",      "Kieran",
    "Malcolm", "Nathaniel", "Oscar",   "Quentin",  "Rafael",  "Simon",   "Tobias",  "Victor",   "Warren",   "Spencer",   "Reid",
    "Calvin",  "Dean",      "Everett", "Franklin", "Gordon",  "Hector",  "Irving",  "Jonah",    "Kendrick", "Lionel",    "Milo",
    "Nestor",  "Orion",     "Preston",
};

constexpr std::string_view kLast[] = {
    "Smith",     "Johnson",   "Williams",  "Brown",    "Jones",      "Garcia",   "Miller",    "Davis",     "Rodriguez", "Martinez",
    "Hernandez", "Lopez",     "Gonzalez",  "Wilson",   "Anderson",   "Thomas",   "Taylor",    "Moore",     "Jackson",   "Martin",
    "Lee",       "Perez",     "Thompson",  "White",    "Harris",     "Sanchez",  "Clark",     "Ramirez",   "Lewis",     "Robinson",
    "Walker",    "Young",     "Allen",     "King",     "Wright",     "Scott",    "Torres",    "Nguyen",    "Hill",      "Flores",
    "Green",     "Adams",     "Nelson",    "Baker",    "Hall",       "Rivera",   "Campbell",  "Mitchell",  "Carter",    "Roberts",
    "Gomez",     "Phillips",  "Evans",     "Turner",   "Diaz",       "Parker",   "Cruz",      "Edwards",   "Collins",   "Reyes",
    "Stewart",   "Morris",    "Morales",   "Murphy",   "Cook",       "Rogers",   "Gutierrez", "Ortiz",     "Morgan",    "Cooper",
    "Peterson",  "Bailey",    "Reed",      "Kelly",    "Howard",     "Ramos",    "Kim",       "Cox",       "Ward",      "Richardson",
    "Watson",    "Brooks",    "Chavez",    "Wood",     "James",      "Bennett",  "Gray",      "Mendoza",   "Ruiz",      "Hughes",
    "Price",     "Alvarez",   "Castillo",  "Sanders",  "Patel",      "Myers",    "Long",      "Ross",      "Foster",    "Jimenez",
    "Powell",    "Jenkins",   "Perry",     "Russell",  "Sullivan",   "Bell",     "Coleman",   "Butler",    "Henderson", "Barnes",
    "Gonzales",  "Fisher",    "Vasquez",   "Simmons",  "Romero",     "Jordan",   "Patterson", "Alexander", "Hamilton",  "Graham",
    "Reynolds",  "Griffin",   "Wallace",   "Moreno",   "West",       "Cole",     "Hayes",     "Bryant",    "Herrera",   "Gibson",
    "Ellis",     "Tran",      "Medina",    "Aguilar",  "Stevens",    "Murray",   "Ford",      "Castro",    "Marshall",  "Owens",
    "Harrison",  "Fernandez", "McDonald",  "Woods",    "Washington", "Kennedy",  "Wells",     "Vargas",    "Henry",     "Chen",
    "Freeman",   "Webb",      "Tucker",    "Guzman",   "Burns",      "Crawford", "Olson",     "Simpson",   "Porter",    "Hunter",
    "Gordon",    "Mendez",    "Silva",     "Shaw",     "Snyder",     "Mason",    "Dixon",     "Munoz",     "Hunt",      "Hicks",
    "Holmes",    "Palmer",    "Wagner",    "Black",    "Robertson",  "Boyd",     "Rose",      "Stone",     "Salazar",   "Fox",
    "Warren",    "Mills",     "Meyer",     "Rice",     "Schmidt",    "Garza",    "Daniels",   "Ferguson",  "Nichols",   "Stephens",
    "Soto",      "Weaver",    "Ryan",      "Gardner",  "Payne",      "Grant",    "Dunn",      "Kelley",    "Spencer",   "Hawkins",
    "Arnold",    "Pierce",    "Hansen",    "Peters",   "Santos",     "Hart",     "Bradley",   "Knight",    "Elliott",   "Cunningham",
    "Duncan",    "Armstrong", "Hudson",    "Carroll",  "Lane",       "Riley",    "Andrews",   "Alvarado",  "Ray",       "Delgado",
    "Berry",     "Perkins",   "Hoffman",   "Johnston", "Matthews",   "Pena",     "Richards",  "Willis",    "Carpenter", "Lawrence",
    "Sandoval",  "Lindqvist", "Halvorsen", "Okafor",   "Nakamura",   "Yamada",   "Kowalski",  "Novak",     "Brennan",   "Quinlan",
    "Whitaker",  "Ashford",   "Pemberton", "Calloway", "Thornbury",  "Vance",    "Sorensen",  "Lindgren",  "Abernathy", "Castellano",
    "Delacroix", "Fairbanks",
};

constexpr std::string_view kStreets[] = {
    "Maple",       "Oak",        "Cedar",       "Pine",         "Elm",         "Willow",     "Birch",     "Aspen",
    "Juniper",     "Hawthorne",  "Alder",       "Spruce",       "Laurel",      "Magnolia",   "Sycamore",  "Chestnut",
    "Hemlock",     "Larch",      "Poplar",      "Cypress",      "Linden",      "Holly",      "Sequoia",   "Mulberry",
    "Fernwood",    "Briarwood",  "Kingfisher",  "Heron",        "Osprey",      "Meadowlark", "Bluebird",  "Sparrow",
    "Quail",       "Wren",       "Summit",      "Ridgeview",    "Valley View", "Lakeside",   "Riverbend", "Creekside",
    "Hillcrest",   "Fairview",   "Sunset",      "Sunrise",      "Harbor",      "Orchard",    "Vineyard",  "Prairie",
    "Canyon",      "Mill Creek", "Stonebridge", "Foxglove",     "Thistle",     "Clover",     "Bramble",   "Whispering Pines",
    "Copper Hill", "Granite",    "Lantern",     "Old Mill",     "Timberline",  "Cascade",    "Glacier",   "Evergreen",
    "Larkspur",    "Marigold",   "Primrose",    "Saddle Ridge", "Tanager",     "Wildflower", "Windsong",  "Amberwood",
};

constexpr std::string_view kStreetSuffixes[] = {"St", "Ave", "Dr", "Ln", "Ct", "Way", "Rd", "Pl", "Blvd", "Loop", "Ter", "Cir"};
constexpr std::string_view kDirections[] = {"NE", "NW", "SE", "SW", "N", "S"};

// Nearest first: PickCity favours the start of the list.
constexpr CityStateZip kCities[] = {
    {"Portland", "OR", "97214", "503"},     {"Portland", "OR", "97202", "503"},    {"Portland", "OR", "97206", "503"},
    {"Portland", "OR", "97215", "503"},     {"Portland", "OR", "97232", "503"},    {"Portland", "OR", "97213", "503"},
    {"Milwaukie", "OR", "97222", "503"},    {"Portland", "OR", "97266", "503"},    {"Portland", "OR", "97220", "503"},
    {"Happy Valley", "OR", "97086", "503"}, {"Clackamas", "OR", "97015", "503"},   {"Gresham", "OR", "97030", "503"},
    {"Gresham", "OR", "97080", "503"},      {"Lake Oswego", "OR", "97034", "503"}, {"Oregon City", "OR", "97045", "503"},
    {"West Linn", "OR", "97068", "503"},    {"Tigard", "OR", "97223", "503"},      {"Beaverton", "OR", "97005", "503"},
    {"Beaverton", "OR", "97006", "503"},    {"Tualatin", "OR", "97062", "503"},    {"Troutdale", "OR", "97060", "503"},
    {"Hillsboro", "OR", "97123", "503"},    {"Wilsonville", "OR", "97070", "503"}, {"Sherwood", "OR", "97140", "503"},
    {"Vancouver", "WA", "98660", "360"},    {"Vancouver", "WA", "98661", "360"},   {"Vancouver", "WA", "98664", "360"},
    {"Vancouver", "WA", "98683", "360"},    {"Camas", "WA", "98607", "360"},       {"Battle Ground", "WA", "98604", "360"},
};

constexpr std::string_view kCarrierStems[] = {
    "Northwind",    "Bluestone",  "Harborlight", "Copperleaf", "Silverpine", "Brightwater",  "Cedar Hollow", "Kestrel",      "Tamarack",
    "Lanternfield", "Quillstone", "Fairhaven",   "Ironbridge", "Starling",   "Westmere",     "Ashgrove",     "Clearbrook",   "Goldcrest",
    "Stillwater",   "Riverstone", "Thornfield",  "Amberly",    "Coastline",  "Driftwood",    "Evenstar",     "Foxhollow",    "Glenmoor",
    "Larkfield",    "Marrowgate", "Nettlecombe", "Oakhaven",   "Pinecliff",  "Quarrystone",  "Rosemere",     "Saltmarsh",    "Tidewell",
    "Umberfield",   "Velvetleaf", "Willowmere",  "Yarrowby",   "Zephyrline", "Brackenridge", "Cobblefield",  "Dunmore Vale",
};

constexpr std::string_view kCarrierSuffixes[] = {"Dental Mutual",   "Dental Benefits",  "Benefit Trust", "Dental Plans",
                                                 "Insurance Group", "Dental Assurance", "Health Mutual", "Dental Alliance"};

constexpr std::string_view kLabs[] = {"Precision Crown & Bridge Lab",    "Cascade Dental Ceramics", "Summit Denture Studio",
                                      "Keystone Orthodontic Appliances", "Evergreen Implant Lab",   "Bright Arch Dental Lab",
                                      "Riverbend Prosthetics",           "Meridian Milling Center"};

constexpr std::string_view kPharmacies[] = {
    "Main Street Pharmacy",     "Riverside Apothecary",    "Hillcrest Drug",     "Oak Park Pharmacy",  "Corner Care Pharmacy",
    "Westside Family Pharmacy", "Valley Health Pharmacy",  "Greenleaf Pharmacy", "Lakeside Rx",        "Parkway Drug",
    "Sunrise Pharmacy",         "Community Care Pharmacy", "Meadow Pharmacy",    "Harbor Drug & Gift", "Pinecrest Pharmacy",
    "Juniper Street Apothecary"};

constexpr std::string_view kPatientSources[] = {
    "Google",    "Friend",        "Family Member", "Facebook", "Yelp",     "Insurance Directory", "Practice Website", "Drive-by Signage",
    "Instagram", "Direct Mailer", "Employer",      "Walk-in",  "Nextdoor", "Community Event"};

constexpr std::string_view kCompanyWords[] = {
    "Pacific",  "Cascade",    "Summit",    "Evergreen",  "Riverside",  "Pioneer",    "Frontier",   "Keystone",
    "Beacon",   "Ironwood",   "Bluewater", "Redwood",    "Silverline", "Northgate",  "Westbrook",  "Lakeshore",
    "Highland", "Meridian",   "Sterling",  "Crescent",   "Granite",    "Copperline", "Harborview", "Goldleaf",
    "Timber",   "Clearwater", "Stonegate", "Brightpath", "Oakridge",   "Falcon",     "Trident",    "Apex",
    "Vantage",  "Horizon",    "Kestrel",   "Juniper",    "Alder",      "Cobalt",     "Tamarack",   "Willamette Valley",
};
constexpr std::string_view kIndustries[] = {
    "Logistics",  "Manufacturing", "Construction",  "Health Services", "Foods",        "Software",     "Engineering", "Financial",
    "Realty",     "Electric",      "Plumbing",      "Hospitality",     "Transport",    "Analytics",    "Design",      "Marine",
    "Supply",     "Medical Group", "Auto Group",    "Landscaping",     "Printing",     "Brewing",      "Roofing",     "Staffing",
    "Outfitters", "Dairy",         "Machine Works", "Millwork",        "Credit Union", "Laboratories",
};
constexpr std::string_view kCompanySuffixes[] = {"Inc", "LLC", "Co", "Group", "Partners", "Corp", "", ""};

template <typename T, size_t N>
std::span<const T> AsSpan(const T (&items)[N]) {
    return std::span<const T>(items, N);
}

}  // namespace

std::span<const std::string_view> FemaleFirstNames() { return AsSpan(kFemale); }
std::span<const std::string_view> MaleFirstNames() { return AsSpan(kMale); }
std::span<const std::string_view> LastNames() { return AsSpan(kLast); }
std::span<const std::string_view> StreetNames() { return AsSpan(kStreets); }
std::span<const CityStateZip> Cities() { return AsSpan(kCities); }
std::span<const std::string_view> CarrierStems() { return AsSpan(kCarrierStems); }
std::span<const std::string_view> CarrierSuffixes() { return AsSpan(kCarrierSuffixes); }
std::span<const std::string_view> LabNames() { return AsSpan(kLabs); }
std::span<const std::string_view> PharmacyNames() { return AsSpan(kPharmacies); }
std::span<const std::string_view> PatientSourceNames() { return AsSpan(kPatientSources); }

std::string_view PickFirstName(EntityRng& rng, bool female) { return female ? rng.Pick(FemaleFirstNames()) : rng.Pick(MaleFirstNames()); }

std::string_view PickLastName(EntityRng& rng) { return rng.Pick(LastNames()); }

std::string PickMiddleInitial(EntityRng& rng) { return std::string(1, static_cast<char>('A' + rng.Uniform(0, 25))); }

std::string PickStreetAddress(EntityRng& rng) {
    std::string out = std::to_string(rng.Uniform(100, 19999)) + " ";
    // Portland-area addresses usually carry a quadrant prefix.
    if (rng.Chance(0.6)) out.append(rng.Pick(AsSpan(kDirections))).append(" ");
    out.append(rng.Pick(StreetNames())).append(" ").append(rng.Pick(AsSpan(kStreetSuffixes)));
    return out;
}

std::string PickAddressLine2(EntityRng& rng, double probability) {
    if (!rng.Chance(probability)) return "";
    return (rng.Chance(0.5) ? "Suite " : "Unit ") + std::to_string(rng.Uniform(1, 4) * 100 + rng.Uniform(1, 30));
}

const CityStateZip& PickCity(EntityRng& rng) {
    // Geometric-like preference for the first (closest) entries: half the draws fall in the first third.
    const int64_t n = static_cast<int64_t>(std::size(kCities));
    const int64_t index = rng.Chance(0.5) ? rng.Uniform(0, n / 3 - 1) : rng.Uniform(0, n - 1);
    return kCities[index];
}

std::string PickPhoneDigits(EntityRng& rng, std::string_view area_code) {
    // 555-0100..555-0199 is the range reserved for fiction.
    return std::string(area_code) + "55501" + std::to_string(rng.Uniform(0, 9)) + std::to_string(rng.Uniform(0, 9));
}

std::string PickPhone(EntityRng& rng, std::string_view area_code) {
    const std::string digits = PickPhoneDigits(rng, area_code);
    return "(" + digits.substr(0, 3) + ")" + digits.substr(3, 3) + "-" + digits.substr(6, 4);
}

std::string PickCompanyName(EntityRng& rng) {
    std::string out(rng.Chance(0.35) ? PickLastName(rng) : rng.Pick(AsSpan(kCompanyWords)));
    out.append(" ").append(rng.Pick(AsSpan(kIndustries)));
    const std::string_view suffix = rng.Pick(AsSpan(kCompanySuffixes));
    if (!suffix.empty()) out.append(" ").append(suffix);
    return out;
}

std::string UserNameOf(std::string_view first_name, std::string_view last_name) {
    std::string out;
    if (!first_name.empty()) out += static_cast<char>(std::tolower(static_cast<unsigned char>(first_name[0])));
    for (const char c : last_name)
        if (std::isalpha(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace dentsynth::core::names
