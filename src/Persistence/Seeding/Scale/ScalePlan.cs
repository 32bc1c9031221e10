namespace Graph.Persistence.Seeding.Scale;

/// <summary>How many rows <c>seed --scale N</c> makes: N bookings, everything else in proportion, as a
/// lab with a therapy and coaching side business would have it. Items, reports, installments and payments
/// follow from the bookings and enrollments drawn, so only their expected counts are known in advance.</summary>
public sealed record ScalePlan(int Bookings)
{
    public int Customers => Math.Max(10, Bookings / 4);

    public int Collectors => Math.Max(5, Bookings / 2_000);

    public int LabTechs => Math.Max(2, Bookings / 10_000);

    public int SalesUsers => Math.Max(3, Bookings / 20_000);

    public int MarketingUsers => Math.Max(1, Bookings / 100_000);

    public int Admins => 1;

    public int StaffUsers => Admins + Collectors + LabTechs + SalesUsers + MarketingUsers;

    public int TeamMembers => Math.Max(6, Bookings / 25_000);

    public int Leads => Math.Max(10, Bookings / 5);

    public int Students => Math.Max(5, Bookings / 10);

    public int AdCampaigns => Math.Max(4, Bookings / 50_000);

    /// <summary>Lab offers over the history, each with a coupon; a third as many offer-less coupons besides.</summary>
    public int Offers => Math.Max(4, Bookings / 5_000);

    public int EmailBroadcasts => Math.Max(3, Bookings / 20_000);

    /// <summary>Every other student has an account of their own.</summary>
    public int StudentUsers => (Students + 1) / 2;

    /// <summary>Music studios, in several time zones.</summary>
    public int Studios => Math.Max(2, Bookings / 50_000);

    /// <summary>Teachers (each a TEACHER account), dealt round the studios.</summary>
    public int Teachers => Math.Max(3, Bookings / 2_000);

    /// <summary>Three students in four take lessons at a studio; the others are only in programs.</summary>
    public int StudioStudents => Students - Students / 4;

    /// <summary>Families of two studio students (a third of the studio students come on their own), each with a PARENT account.</summary>
    public int Families => Math.Max(2, StudioStudents / 3);

    /// <summary>Lessons over the history and the coming four weeks, none of a teacher overlapping another.</summary>
    public int Lessons => Math.Max(20, Bookings / 2);

    /// <summary>Invoices to families, each with 1–4 lines; the sent ones paid in part or whole by about one payment each.</summary>
    public int Invoices => Math.Max(6, Bookings / 20);

    public int Users => StaffUsers + Customers + StudentUsers + Teachers + Families;

    /// <summary>Medical questionnaire submissions (about 80 % processed, each into a new patient profile).</summary>
    public int QuestionnaireSubmissions => Math.Max(10, Bookings / 10);

    /// <summary>Journey events: for the patients, the leads and anonymous sessions.</summary>
    public int JourneyEvents => Math.Max(20, Bookings / 2);

    /// <summary>Roughly how many rows the whole run writes, for the progress bar.</summary>
    public long ExpectedRows =>
        Users + (long)(Customers * 1.3) + (long)(Customers * 1.55)
        + Bookings + (long)(Bookings * 1.85) + (long)(Bookings * 0.25) + (long)(Bookings * 1.5)
        + TeamMembers + Leads + Students + (long)(Students * 1.2) + (long)(Students * 3.0) + (long)(Students * 2.6)
        + QuestionnaireSubmissions + (long)(QuestionnaireSubmissions * 0.8) + JourneyEvents
        + (long)(Leads * 0.5) + (TeamMembers * 261L) + (AdCampaigns * 75L) + AdCampaigns + EmailBroadcasts + (long)(Students * 3.0)
        + (Offers * 3L) + (long)(Bookings * 1.05)
        + Studios + Teachers + Families + Lessons + Invoices + (long)(Invoices * 2.5) + (long)(Invoices * 0.9);
}
