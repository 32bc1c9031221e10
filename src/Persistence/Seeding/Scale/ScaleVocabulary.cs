namespace Graph.Persistence.Seeding.Scale;

/// <summary>The words scale rows are made of.</summary>
internal static class ScaleVocabulary
{
    public static readonly string[] FirstNames =
    [
        "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas", "Mia", "Mateo", "Amelia", "Aarav",
        "Harper", "Ethan", "Evelyn", "Arjun", "Aisha", "Omar", "Fatima", "Wei", "Mei", "Hiroshi", "Yuki", "Carlos", "Lucia", "Diego",
        "Sofia", "Ivan", "Olga", "Kwame", "Amara", "Chen", "Priya", "Rahul", "Lena", "Jonas", "Sara", "David", "Nora", "Leo",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez",
        "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sharma",
        "Patel", "Khan", "Nguyen", "Kim", "Tanaka", "Silva", "Costa", "Novak", "Ivanova", "Okafor", "Mensah", "Schmidt", "Fischer",
    ];

    public static readonly string[] FirstNamesLower = FirstNames.Select(n => n.ToLowerInvariant()).ToArray();

    public static readonly string[] LastNamesLower = LastNames.Select(n => n.ToLowerInvariant()).ToArray();

    public static readonly string[] PetNames =
    [
        "Bella", "Max", "Luna", "Charlie", "Lucy", "Cooper", "Daisy", "Milo", "Bailey", "Rocky", "Coco", "Simba", "Nala", "Oreo",
        "Kiwi", "Pepper", "Shadow", "Ginger", "Tiger", "Bruno", "Loki", "Zeus", "Mochi", "Peanut", "Willow", "Sky", "Biscuit", "Ziggy",
    ];

    public static readonly (string Species, string[] Breeds, double MinKg, double MaxKg)[] Species =
    [
        ("Dog", ["Labrador Retriever", "German Shepherd", "Beagle", "Golden Retriever", "Pug", "Indie", "Poodle", "Boxer"], 4, 45),
        ("Dog", ["Shih Tzu", "Dachshund", "Rottweiler", "Husky", "Pomeranian", "Mixed"], 3, 40),
        ("Cat", ["Persian", "Siamese", "Maine Coon", "Bengal", "Domestic Shorthair", "Ragdoll"], 2.5, 8),
        ("Bird", ["Budgerigar", "Cockatiel", "African Grey", "Lovebird"], 0.03, 0.6),
        ("Rabbit", ["Holland Lop", "Rex", "Lionhead"], 1, 4),
    ];

    public static readonly string[] MedicalHistories =
    [
        "Vaccinations up to date.", "Allergic to chicken protein.", "Spayed.", "Neutered.", "History of ear infections.",
        "Mild hip dysplasia.", "Diabetic; on insulin.", "Recovering from a fracture.", "Chronic kidney disease, stage 2.",
    ];

    public static readonly (string City, string State, string Postal)[] Cities =
    [
        ("Springfield", "IL", "627"), ("Riverside", "CA", "925"), ("Franklin", "TN", "370"), ("Greenville", "SC", "296"),
        ("Bristol", "CT", "060"), ("Madison", "WI", "537"), ("Georgetown", "TX", "786"), ("Salem", "OR", "973"),
        ("Fairview", "NJ", "070"), ("Clinton", "MS", "390"), ("Arlington", "VA", "222"), ("Dayton", "OH", "454"),
    ];

    public static readonly string[] Streets =
    [
        "Maple Street", "Oak Avenue", "Pine Road", "Cedar Lane", "Elm Street", "Lakeview Drive", "Hillcrest Road", "Park Avenue",
        "Sunset Boulevard", "River Road", "Church Street", "Mill Lane", "Highland Avenue", "Washington Street", "Meadow Way",
    ];

    public static readonly string[] Areas = ["Downtown", "Suburbs North", "Suburbs South", "East Side", "West End", "Airport", "University"];

    public static readonly string[] BookingNotes =
    [
        "Gate code 4411.", "Dog is anxious around strangers.", "Call on arrival.", "Second floor, no elevator.",
        "Fasting since last night.", "Please bring a muzzle.", "Cat hides under the bed; bring a carrier.", "Morning slot preferred.",
    ];

    public static readonly string[] Findings =
    [
        "All values within reference ranges.", "Mild anemia; recheck in four weeks.", "ALT slightly raised.", "No parasites seen.",
        "Elevated creatinine; consider renal diet.", "Bacterial growth: E. coli, sensitive to amoxicillin.", "T4 elevated.",
        "Glucose high; consistent with diabetes.", "Eosinophilia; rule out parasites.", "Normal.",
    ];

    public static readonly string[] LeadSources = ["Facebook Ads", "Google Ads", "Instagram", "Organic", "Referral", "WhatsApp", "Medical Questionnaire", "Email"];

    public static readonly string[] LeadMediums = ["paid-social", "cpc", "paid-social", "website", "word-of-mouth", "chat", "form", "newsletter"];

    public static readonly string[] OfferEvents = ["Christmas", "New Year", "Health Month", "Pet Week", "Spring Check-up", "Senior Pets"];

    public static readonly string[] Campaigns = ["spring-evaluations", "back-to-school", "summer-intensive", "holiday-offer", "brand", "retargeting"];

    public static readonly string[] LeadNotes =
    [
        "Asked about weekend slots.", "Prefers WhatsApp.", "Price sensitive.", "Referred by a current family.", "Call back after 6 pm.",
        "Interested in the intensive program.", "Sibling already enrolled.",
    ];

    public static readonly string[] Instruments = ["Piano", "Guitar", "Violin", "Drums", "Voice", "Cello", "Flute"];

    public static readonly string[][] Specialties =
    [
        ["speech"], ["occupational therapy"], ["speech", "social skills"], ["piano", "music theory"], ["guitar"], ["sales"], ["marketing", "copywriting"], [],
    ];

    public static readonly (string Name, string Description, decimal Price, int Weeks)[] Programs =
    [
        ("Speech Therapy Intensive", "Two sessions a week with a speech therapist.", 2400, 12),
        ("Occupational Therapy Foundations", "Fine motor and sensory integration.", 4800, 24),
        ("Social Skills Group", "Small-group sessions for children.", 1800, 10),
        ("Piano for Beginners", "Weekly private lessons and a recital.", 960, 16),
        ("Sales Coaching Accelerator", "Group coaching calls and a private community.", 3000, 8),
        ("Marketing Mastery", "A self-paced course with weekly live reviews.", 1500, 6),
    ];

    public static readonly (string Category, string Name, decimal Price, string Sample, string Tube, decimal? Ml, int Hours)[] LabTests = BuildLabTests();

    private static (string, string, decimal, string, string, decimal?, int)[] BuildLabTests()
    {
        (string Category, string Sample, string Tube, decimal? Ml, string[] Names)[] groups =
        [
            ("Hematology", "Blood", "EDTA", 2, ["Complete Blood Count", "Blood Parasite Screen", "Reticulocyte Count", "Coagulation Profile", "Blood Smear Review", "Packed Cell Volume"]),
            ("Biochemistry", "Blood", "SST", 3, ["Liver Function Test", "Kidney Function Test", "Thyroid Panel (T4)", "Electrolyte Panel", "Lipid Profile", "Pancreatic Lipase", "Glucose Curve", "Fructosamine"]),
            ("Urinalysis", "Urine", "Sterile container", 10, ["Routine Urinalysis", "Urine Protein:Creatinine Ratio", "Urine Culture"]),
            ("Microbiology", "Swab", "Transport swab", null, ["Culture and Sensitivity", "Fungal Culture", "Ear Cytology", "Skin Cytology"]),
            ("Parasitology", "Stool", "Stool container", 5, ["Fecal Examination", "Giardia Antigen", "Heartworm Antigen", "Skin Scraping"]),
            ("Serology", "Blood", "SST", 2, ["Parvovirus Antigen", "FIV/FeLV Combo", "Leptospirosis Titer", "Tick Panel", "Distemper Antibody"]),
            ("Endocrinology", "Blood", "SST", 2, ["Cortisol (ACTH Stimulation)", "Free T4", "Insulin Level", "Progesterone"]),
        ];
        var tests = new List<(string, string, decimal, string, string, decimal?, int)>();
        var index = 0;
        foreach (var group in groups)
        {
            foreach (var name in group.Names)
            {
                tests.Add((group.Category, name, 350 + (index * 137 % 1650), group.Sample, group.Tube, group.Ml, 12 * (1 + index % 6)));
                index++;
            }
        }

        return tests.ToArray();
    }
}
