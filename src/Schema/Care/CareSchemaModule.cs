using Graph.Persistence.Care;
using Graph.Persistence.Identity;
using Graph.Schema.Composition;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Care;

/// <summary>
/// The patient journey (seed 004): patients and their medical backgrounds, providers and procedures, appointments and
/// consultations, questionnaire intake and journey events; and the messaging of seeds 003 and 004 (conversations,
/// messages). Every seed-004 type is soft deleted. Medical data (backgrounds, submission data) is read by ADMIN, the
/// patient and the provider of one of their consultations only.
/// </summary>
public sealed class CareSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.Node<PatientProfile>(patient => patient
            .Description("A patient, known by account, by contact or only by the booking of a questionnaire.")
            .Describe("user", "The patient's account, when they have one.")
            .Describe("bookingUid", "The booking the patient's questionnaire came with.")
            .Describe("sourceChannel", "Where the patient came from.")
            .Describe("deletedAt", "Set when the profile was deleted; deleted profiles are not shown.")
            .RootConnection("patientProfiles", "Patient profiles the caller may read: their own; a PROVIDER's patients; every one for ADMIN.")
            .Connection("backgrounds", "consultations", "appointments", "submissions")
            .Hide("journeyEvents")
            .ReadSignedIn()
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin])
            .Write(WriteOperations.Update, [Admin], "the patient", (p, v) => p.UserId == v.UserId)
            .WriteFields(["user", "bookingUid", "sourceChannel"], [Admin]));
        module.Node<MedicalBackground>(background => background
            .Description("A patient's medical history as a JSON object (medical data).")
            .Describe("data", "The history, a JSON object; filter it with `contains`, `hasKey` and `path`.")
            .Describe("deletedAt", "Set when the background was deleted; deleted backgrounds are not shown.")
            .RootConnection("medicalBackgrounds", "Medical histories of the patients the caller may read (medical data).")
            .ReadSignedIn()
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin])
            .Write(WriteOperations.Update, [Admin], "the patient", (b, v) => b.PatientProfile.UserId == v.UserId));
        module.Node<Provider>(provider => provider
            .Description("A clinic, hospital or doctor: the public directory.")
            .Describe("user", "The account that acts for this provider (role PROVIDER).")
            .Describe("specialty", "The provider's specialties; filter with `some`, `all`, `none` and `any`.")
            .Describe("location", "A JSON object (address, city, country, …); filterable.")
            .Describe("contactInfo", "A JSON object (phone, email, website, …); filterable.")
            .Describe("isVerified", "Set by ADMIN only.")
            .Describe("deletedAt", "Set when the provider was deleted; deleted providers are not shown.")
            .RootConnection("providers", "The public directory of clinics, hospitals and doctors.")
            .Connection("procedures")
            .Hide("consultations")
            .ReadPublic()
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin])
            .Write(WriteOperations.Update, [Admin], "the provider's own account", (p, v) => p.UserId == v.UserId)
            .WriteFields(["isVerified", "user"], [Admin]));
        module.Node<Procedure>(procedure => procedure
            .Describe("priceRange", "A JSON object such as `{\"min\": 1200, \"max\": 2500, \"currency\": \"EUR\"}`; filterable.")
            .Describe("deletedAt", "Set when the procedure was deleted; deleted procedures are not shown.")
            .RootConnection("procedures", "What providers offer, with price ranges; public.")
            .ReadPublic()
            .Write(WriteOperations.Create, [Admin])
            .Write(WriteOperations.Update | WriteOperations.Delete, [Admin], "the provider's own account", (p, v) => p.Provider.UserId == v.UserId));
        module.Node<Appointment>(appointment => appointment
            .Description("A visit booked for a patient: when, how long, where, with whom and for what.")
            .Describe("durationMinutes", "How long the visit lasts, in minutes.")
            .Describe("deletedAt", "Set when the appointment was deleted; deleted appointments are not shown.")
            .RootConnection("appointments", "Visits booked for patients: the caller's own; a PROVIDER's; every one for ADMIN.")
            .ReadSignedIn()
            .Write(WriteOperations.Create, [Admin])
            .Write(WriteOperations.Update | WriteOperations.Delete, [Admin], "the provider it is with", (a, v) => a.Provider != null && a.Provider.UserId == v.UserId));
        module.Node<MedicalQuestionnaireSubmission>(submission => submission
            .Description("A medical questionnaire as submitted for a booking, then processed into a patient profile or failed.")
            .Describe("submissionData", "The answers (medical data): ADMIN, the patient and the provider of one of their consultations only.")
            .Describe("failureReason", "Why processing failed (set exactly when FAILED).")
            .Describe("processedAt", "When processing ended (PROCESSED or FAILED).")
            .Describe("deletedAt", "Set when the submission was deleted; deleted submissions are not shown.")
            .RootConnection("medicalQuestionnaireSubmissions", "Submitted medical questionnaires: ADMIN and MARKETING; the linked patient; the PROVIDER of one of that patient's consultations.")
            .ReadSignedIn(Admin, Marketing, Patient, Role.Provider)
            .ReadFields(["submissionData"], [Admin], "the patient; the provider of one of the patient's consultations",
                (s, v) => s.PatientProfileId != null && (s.PatientProfile!.UserId == v.UserId || CareAccess.ProviderSeesPatient(s.PatientProfileId.Value, v.UserId)))
            // submitMedicalQuestionnaire is the creation; processing sets the rest.
            .GeneratedWrites(WriteOperations.Delete)
            .Write(WriteOperations.Delete, [Admin]));
        module.Node<Consultation>(consultation => consultation
            .Describe("meetingUrl", "Where an online consultation takes place.")
            .Describe("outcome", "What the consultation concluded (medical data).")
            .Describe("deletedAt", "Set when the consultation was deleted; deleted consultations are not shown.")
            .RootConnection("consultations", "Consultations: the patient's own; the ones a PROVIDER holds; every one for ADMIN.")
            .ReadSignedIn()
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin])
            .Write(WriteOperations.Update, [Admin], "the provider it is with", (c, v) => c.Provider.UserId == v.UserId)
            .AlsoOnCreate((db, c, at) => [JourneyEvents.Record(db, JourneyEvents.Scheduled(c), at)]));
        module.Node<JourneyEvent>(journeyEvent => journeyEvent
            .Description("One step of a patient's, a lead's or an anonymous visitor's journey (no medical data).")
            .Describe("eventType", "For example `questionnaire_processed`, `consultation_completed`, `page_view`.")
            .Describe("eventData", "A JSON value; filterable.")
            .Describe("source", "`platform` for the platform's own events, else the frontend that recorded it.")
            .Describe("sessionId", "The frontend session that ties an anonymous visitor's events together.")
            .Describe("deletedAt", "Set when the event was deleted; deleted events are not shown.")
            .RootConnection("journeyEvents", "Recorded steps of patients', leads' and visitors' journeys, for ADMIN, MARKETING and ANALYST.")
            .ReadSignedIn(Admin, Marketing, Analyst)
            // recordJourneyEvent and the platform create them; append-only, never changed.
            .GeneratedWrites(WriteOperations.None)
            .AppendOnly());
        module.AddTypeExtension<ConsultationStatusMutations>();
        module.AddTypeExtension<ConsultationStatusSubscriptions>();
        module.AddTypeExtension<JourneyEventMutations>();
        module.AddTypeExtension<QuestionnaireMutations>();
        module.AddStatusChangeErrors();
    }
}
