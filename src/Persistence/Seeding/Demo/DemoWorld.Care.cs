using System.Text.Json;
using Graph.Persistence.Care;
using Graph.Persistence.Crm;
using Graph.Persistence.Identity;

namespace Graph.Persistence.Seeding.Demo;

/// <summary>The patient journey: every consultation and submission status, a deleted row of each soft-deleted table,
/// a patient chat, a WhatsApp chat and a studio thread.</summary>
internal sealed partial class DemoWorld
{
    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    private void AddCare()
    {
        var harbor = AddProvider("harbor", "Harbor Clinic", ProviderType.Clinic, ["dermatology", "cosmetic surgery"], "Lisbon", "PT", verified: true, user: Account(Role.Provider));
        var stMary = AddProvider("st-mary", "St. Mary Hospital", ProviderType.Hospital, ["orthopedics", "cardiology"], "Porto", "PT", verified: true);
        var ruiz = AddProvider("ruiz", "Dr. Elena Ruiz", ProviderType.Doctor, ["dentistry"], "Madrid", "ES", verified: false);
        AddProvider("closed", "Closed Clinic", ProviderType.Clinic, ["dermatology"], "Faro", "PT", verified: false, deletedAt: Days(-5));

        var rhinoplasty = AddProcedure("rhinoplasty", harbor, "Rhinoplasty", "cosmetic surgery", 3000, 6000);
        var knee = AddProcedure("knee", stMary, "Knee replacement", "orthopedics", 12000, 20000);
        var implant = AddProcedure("implant", ruiz, "Dental implant", "dentistry", 900, 1500);
        AddProcedure("laser", harbor, "Laser hair removal", "dermatology", 200, 600, deletedAt: Days(-3));

        var nina = AddPatient("nina", Account(Role.Patient), "Nina", "Kowalski", "+15550100010", SourceChannel.Web, "demo-booking-nina");
        var hugo = AddPatient("hugo", Users.Single(u => u.UserType == UserType.Whatsapp), "Hugo", "Silva", "+15550300001", SourceChannel.Whatsapp, null);
        var anna = AddPatient("anna", null, "Anna", "Berg", null, SourceChannel.MedicalQuestionnaire, "demo-booking-anna");
        AddPatient("test", null, "Test", "Patient", null, SourceChannel.MedicalQuestionnaire, "demo-booking-test", deletedAt: Days(-2));

        MedicalBackgrounds.Add(new MedicalBackground
        {
            Id = DemoIds.For("background/nina"), PatientProfileId = nina.Id,
            Data = Json(new { allergies = new[] { "penicillin" }, conditions = new[] { "asthma" }, smoker = false, bloodType = "A+" }),
        });
        MedicalBackgrounds.Add(new MedicalBackground
        {
            Id = DemoIds.For("background/anna"), PatientProfileId = anna.Id,
            Data = Json(new { allergies = Array.Empty<string>(), medications = new[] { "ibuprofen" }, smoker = true }),
        });
        MedicalBackgrounds.Add(new MedicalBackground
        {
            Id = DemoIds.For("background/hugo-old"), PatientProfileId = hugo.Id, Data = Json(new { conditions = new[] { "migraine" } }), DeletedAt = Days(-8),
        });

        AddSubmission("nina", nina, SubmissionStatus.Processed, new { email = nina.Email, firstName = "Nina", lastName = "Kowalski", procedure = "rhinoplasty", medicalBackground = new { conditions = new[] { "asthma" } } });
        AddSubmission("anna", anna, SubmissionStatus.Processed, new { email = anna.Email, firstName = "Anna", lastName = "Berg", procedure = "knee replacement" });
        AddSubmission("pending", null, SubmissionStatus.Submitted, new { email = "pending@questionnaire.demo.graph", procedure = "dental implant" });
        AddSubmission("failed", null, SubmissionStatus.Failed, new { firstName = "Nobody", procedure = "unknown" }, "The questionnaire names no `email` or `phone` to identify the patient.");
        AddSubmission("spam", null, SubmissionStatus.Failed, new { firstName = "Spam" }, "The questionnaire names no `email` or `phone` to identify the patient.", deletedAt: Days(-1));

        Appointments.Add(new Appointment { Id = DemoIds.For("appointment/nina"), PatientProfileId = nina.Id, ProviderId = harbor.Id, ProcedureId = rhinoplasty.Id, ScheduledAt = Days(10), DurationMinutes = 45, Location = "Harbor Clinic, room 2" });
        Appointments.Add(new Appointment { Id = DemoIds.For("appointment/anna"), PatientProfileId = anna.Id, ProviderId = stMary.Id, ProcedureId = knee.Id, ScheduledAt = Days(21), DurationMinutes = 60, Notes = "Bring X-rays." });
        Appointments.Add(new Appointment { Id = DemoIds.For("appointment/cancelled"), PatientProfileId = hugo.Id, ScheduledAt = Days(-4), DeletedAt = Days(-6) });

        AddConsultation("nina-next", nina, harbor, rhinoplasty, ConsultationStatus.Scheduled, Days(7), null);
        AddConsultation("nina-first", nina, harbor, rhinoplasty, ConsultationStatus.Completed, Days(-14), "Good candidate; surgery planned.");
        AddConsultation("anna-knee", anna, stMary, knee, ConsultationStatus.Cancelled, Days(-2), null);
        AddConsultation("hugo-implant", hugo, ruiz, implant, ConsultationStatus.NoShow, Days(-9), null);
        AddConsultation("hugo-duplicate", hugo, ruiz, implant, ConsultationStatus.Scheduled, Days(30), null, deletedAt: Days(-1));

        var lead = Leads.Single(l => l.Status == LeadStatus.Contacted);
        AddJourneyEvent("nina-questionnaire", nina.Id, null, "questionnaire_processed", new { bookingUid = "demo-booking-nina" }, "platform", null, -20);
        AddJourneyEvent("nina-completed", nina.Id, null, "consultation_completed", new { from = "SCHEDULED", to = "COMPLETED" }, "platform", null, -14);
        AddJourneyEvent("lead-contacted", null, lead.Id, "lead_status_changed", new { from = "NEW", to = "CONTACTED" }, "platform", null, -30);
        AddJourneyEvent("visitor-landing", null, null, "page_view", new { path = "/procedures/rhinoplasty", utm = new { source = "google", campaign = "rhino-spring" } }, "web", "sess-demo-1", -1);

        var care = AddConversation("care-nina", ConversationChannel.InApp, "Before your consultation", nina, [Account(Role.Patient), Account(Role.Provider)]);
        var whatsapp = AddConversation("whatsapp-hugo", ConversationChannel.Whatsapp, null, hugo, [Users.Single(u => u.UserType == UserType.Whatsapp), Account(Role.Admin)]);
        var studio = AddConversation("studio-recital", ConversationChannel.InApp, "Recital rehearsal schedule", null, [Account(Role.Teacher), Account(Role.Student), Account(Role.Parent)]);
        studio.StudioId = DemoIds.For("studio/main");
        AddMessage(care, Account(Role.Provider), "Please avoid aspirin for a week before we meet.", -3, readBy: [Account(Role.Patient)]);
        AddMessage(care, Account(Role.Patient), "Understood, thank you!", -2, readBy: []);
        AddMessage(whatsapp, null, "Hi, can I move my appointment?", -9, readBy: [Account(Role.Admin)]);
        AddMessage(studio, Account(Role.Teacher), "Rehearsal moves to Thursday 5pm.", -1, readBy: [Account(Role.Student)]);
        AddMessage(studio, Account(Role.Teacher), "(sent to the wrong thread)", -1, readBy: [], deletedAt: Days(-1));
    }

    private Provider AddProvider(string key, string name, ProviderType type, List<string> specialty, string city, string country, bool verified, User? user = null, DateTimeOffset? deletedAt = null)
    {
        var provider = new Provider
        {
            Id = DemoIds.For("provider/" + key),
            UserId = user?.Id,
            Name = name,
            Type = type,
            Specialty = specialty,
            Location = Json(new { city, country, address = $"{Providers.Count + 1} Harbour Road" }),
            ContactInfo = Json(new { phone = $"+35121000{Providers.Count:D4}", email = $"{key}@providers.demo.graph" }),
            IsVerified = verified,
            DeletedAt = deletedAt,
            CreatedAt = Days(-300),
        };
        Providers.Add(provider);
        return provider;
    }

    private Procedure AddProcedure(string key, Provider provider, string name, string category, decimal min, decimal max, DateTimeOffset? deletedAt = null)
    {
        var procedure = new Procedure
        {
            Id = DemoIds.For("procedure/" + key),
            ProviderId = provider.Id,
            Name = name,
            Category = category,
            Description = $"{name} at {provider.Name}.",
            PriceRange = Json(new { min, max, currency = "EUR" }),
            DeletedAt = deletedAt,
        };
        Procedures.Add(procedure);
        return procedure;
    }

    private PatientProfile AddPatient(string key, User? user, string first, string last, string? phone, SourceChannel channel, string? bookingUid, DateTimeOffset? deletedAt = null)
    {
        var patient = new PatientProfile
        {
            Id = DemoIds.For("patient/" + key),
            UserId = user?.Id,
            FirstName = first,
            LastName = last,
            Email = user?.Email ?? $"{first}.{last}@patients.demo.graph".ToLowerInvariant(),
            Phone = phone,
            BookingUid = bookingUid,
            SourceChannel = channel,
            DeletedAt = deletedAt,
            CreatedAt = Days(-60),
        };
        PatientProfiles.Add(patient);
        return patient;
    }

    private void AddSubmission(string key, PatientProfile? patient, SubmissionStatus status, object data, string? failure = null, DateTimeOffset? deletedAt = null) =>
        MedicalQuestionnaireSubmissions.Add(new MedicalQuestionnaireSubmission
        {
            Id = DemoIds.For("submission/" + key),
            BookingUid = "demo-booking-" + key,
            PatientProfileId = patient?.Id,
            SubmissionData = Json(data),
            Status = status,
            FailureReason = failure,
            ProcessedAt = status == SubmissionStatus.Submitted ? null : Days(-20),
            DeletedAt = deletedAt,
            CreatedAt = Days(-20),
        });

    private void AddConsultation(string key, PatientProfile patient, Provider provider, Procedure procedure, ConsultationStatus status, DateTimeOffset at, string? outcome, DateTimeOffset? deletedAt = null) =>
        Consultations.Add(new Consultation
        {
            Id = DemoIds.For("consultation/" + key),
            PatientProfileId = patient.Id,
            ProviderId = provider.Id,
            ProcedureId = procedure.Id,
            Status = status,
            ScheduledAt = at,
            MeetingUrl = $"https://meet.demo.graph/{key}",
            Outcome = outcome,
            DeletedAt = deletedAt,
        });

    private void AddJourneyEvent(string key, Guid? patient, Guid? lead, string type, object data, string source, string? session, double days) =>
        JourneyEvents.Add(new JourneyEvent
        {
            Id = DemoIds.For("journey/" + key),
            PatientProfileId = patient,
            LeadId = lead,
            EventType = type,
            EventData = Json(data),
            Source = source,
            SessionId = session,
            CreatedAt = Days(days),
        });

    private Conversation AddConversation(string key, ConversationChannel channel, string? subject, PatientProfile? patient, List<User> participants)
    {
        var conversation = new Conversation { Id = DemoIds.For("conversation/" + key), Channel = channel, Subject = subject, PatientProfileId = patient?.Id };
        Conversations.Add(conversation);
        foreach (var user in participants)
            ConversationParticipants.Add(new ConversationParticipant { Id = DemoIds.For($"participant/{key}/{user.Id}"), ConversationId = conversation.Id, UserId = user.Id });
        return conversation;
    }

    private void AddMessage(Conversation conversation, User? sender, string content, double days, List<User> readBy, DateTimeOffset? deletedAt = null)
    {
        var message = new Message
        {
            Id = DemoIds.For($"message/{conversation.Id}/{Messages.Count}"),
            ConversationId = conversation.Id,
            SenderId = sender?.Id,
            Content = content,
            DeletedAt = deletedAt,
            CreatedAt = Days(days),
        };
        var others = ConversationParticipants.Where(p => p.ConversationId == conversation.Id && p.UserId != sender?.Id).Select(p => p.UserId).ToHashSet();
        message.IsRead = others.SetEquals(readBy.Select(u => u.Id));
        Messages.Add(message);
        foreach (var reader in readBy)
            MessageReads.Add(new MessageRead { Id = DemoIds.For($"read/{message.Id}/{reader.Id}"), MessageId = message.Id, UserId = reader.Id, CreatedAt = Days(days + 0.1) });
        if (conversation.LastMessageAt is null || conversation.LastMessageAt < message.CreatedAt)
            conversation.LastMessageAt = message.CreatedAt;
    }
}
