using Graph.Persistence.Crm;
using Graph.Schema.Composition;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Crm;

/// <summary>Sales: leads (soft-deleted ones hidden) and the team members who work them.</summary>
public sealed class CrmSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.Node<Lead>(lead => lead
            .Describe("firstName", "The contact's first name (for a child's therapy, the parent).")
            .Describe("phone", "The contact's phone.")
            .Describe("subjectName", "Who the lead is about, e.g. the child (seed 000's child_name).")
            .Describe("subjectDateOfBirth", "The subject's date of birth.")
            .Describe("evaluationAt", "When the evaluation is booked.")
            .Describe("assignedTo", "The user working the lead.")
            .Describe("convertedStudent", "The student this lead became, once converted.")
            .Describe("deletedAt", "Set when the lead was deleted; deleted leads are not shown.")
            .RootConnection("leads")
            .ReadSignedIn(Admin, Sales, Marketing, Analyst)
            .ReadFields(["firstName", "lastName", "email", "phone", "subjectName", "subjectDateOfBirth", "notes"], Admin, Sales, Marketing)
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin, Sales, Marketing])
            .Write(WriteOperations.Delete, [Admin, Sales])
            // Conversion is a workflow (convertLead) and deletion a soft delete.
            .ServerManaged("convertedStudent", "convertedAt"));
        module.Node<TeamMember>(member => member
            .Describe("role", "CLOSER, SETTER or DM_SETTER.")
            .Describe("user", "The login of this team member, if any.")
            .ReadSignedIn()
            .ReadFields(["email", "phone"], Admin, Sales, Marketing)
            .Write(WriteOperations.All, [Admin]));
        module.AddTypeExtension<LeadStatusMutations>();
        module.AddTypeExtension<LeadStatusSubscriptions>();
        module.AddStatusChangeErrors();
    }
}
