using Graph.Engine.Data;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Crm;
using Graph.Schema.Composition;
using Graph.Schema.Data.Entities;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Crm;

/// <summary>Sales: leads (soft-deleted ones hidden) and the team members who work them.</summary>
public sealed class CrmSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.AddNodeEntity<Lead>("Lead", t => t
            .Describe("firstName", "The contact's first name (for a child's therapy, the parent).")
            .Describe("phone", "The contact's phone.")
            .Describe("subjectName", "Who the lead is about, e.g. the child (seed 000's child_name).")
            .Describe("subjectDateOfBirth", "The subject's date of birth.")
            .Describe("evaluationAt", "When the evaluation is booked.")
            .Describe("assignedTo", "The user working the lead.")
            .Describe("convertedStudent", "The student this lead became, once converted.")
            .Describe("deletedAt", "Set when the lead was deleted; deleted leads are not shown."));
        module.AddNodeEntity<TeamMember>("TeamMember", t => t
            .Describe("role", "CLOSER, SETTER or DM_SETTER.")
            .Describe("user", "The login of this team member, if any."));
        module.AddTypeExtension<CrmQueries>();
        module.AddTypeExtension<LeadStatusMutations>();
        module.AddTypeExtension<LeadStatusSubscriptions>();
        module.AddStatusChangeErrors();
    }
}

[ExtendObjectType(OperationTypeNames.Query)]
public sealed class CrmQueries
{
    [UseConnection]
    public IQueryable<Lead> Leads([Service] GraphDbContext db) => db.Leads;
}
