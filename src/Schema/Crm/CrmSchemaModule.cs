using Graph.Persistence.Crm;
using Graph.Schema.Composition;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Crm;

/// <summary>Sales and marketing: leads (soft-deleted ones hidden), the team members who work them, their calls and daily
/// KPIs, ad campaigns with their daily performance, and email broadcasts.</summary>
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
            .RootConnection("leads", "The sales funnel's leads, for ADMIN, SALES, MARKETING and ANALYST.")
            .Connection("salesCalls")
            .ReadSignedIn(Admin, Sales, Marketing, Analyst)
            .ReadFields(["firstName", "lastName", "email", "phone", "subjectName", "subjectDateOfBirth", "notes"], Admin, Sales, Marketing)
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin, Sales, Marketing])
            .Write(WriteOperations.Delete, [Admin, Sales])
            // Conversion is a workflow (convertLead) and deletion a soft delete.
            .ServerManaged("convertedStudent", "convertedAt"));
        module.Node<TeamMember>(member => member
            .Describe("role", "CLOSER, SETTER or DM_SETTER.")
            .Describe("user", "The login of this team member, if any.")
            .Describe("enrollments", "The deals this member closed.")
            .Describe("salesCalls", "The calls this member hosted.")
            .Describe("dailyMetrics", "The member's KPIs, one row per day.")
            .RootConnection("teamMembers", "The sales team (closers, setters, DM setters): the caller's own entry; every one for ADMIN, SALES, MARKETING and ANALYST.")
            .Connection("enrollments", "salesCalls", "dailyMetrics")
            .ReadSignedIn()
            .ReadFields(["email", "phone"], Admin, Sales, Marketing)
            .Write(WriteOperations.All, [Admin]));
        module.Node<SalesCall>(call => call
            .Description("A sales meeting with a lead, or an upsell call with a student.")
            .Describe("host", "The team member who runs the call.")
            .Describe("setter", "The team member who booked it.")
            .Describe("outcome", "What happened; null until the call is held.")
            .RootConnection("salesCalls", "Sales meetings and upsell calls: the ones a SALES member hosts or sets; every one for ADMIN and ANALYST.")
            .ReadSignedIn(Admin, Sales, Analyst)
            // SALES log their own calls: they host or set the call before and after the write.
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin], "SALES on the calls they host or set",
                (c, v) => v.Has(Sales) && (c.Host.UserId == v.UserId || c.Setter!.UserId == v.UserId))
            .Write(WriteOperations.Delete, [Admin]));
        module.Node<DailyMetric>(metric => metric
            .Description("A team member's KPIs for one day.")
            .Describe("cash", "Cash collected that day.")
            .RootConnection("dailyMetrics", "Team members' KPIs per day: the caller's own; every one for ADMIN and ANALYST.")
            .ReadSignedIn(Admin, Sales, Analyst)
            // A day's snapshot is corrected by an update, never deleted.
            .AppendOnly()
            // SALES record and correct their own days only: the day is their team member's before and after the write.
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin], "SALES on their own team member's days",
                (m, v) => v.Has(Sales) && m.TeamMember.UserId == v.UserId));
        module.Node<AdCampaign>(campaign => campaign
            .Description("An ad campaign; its totals and ROAS follow its daily performance.")
            .Describe("totalSpend", "The spend of every day recorded.")
            .Describe("totalRevenue", "The revenue of every day recorded.")
            .Describe("roas", "Return on ad spend: total revenue / total spend; null without spend.")
            .Describe("performance", "The campaign's daily stats.")
            .RootConnection("adCampaigns", "Ad campaigns with their totals, for ADMIN, MARKETING and ANALYST.")
            .Connection("performance")
            .ReadSignedIn(Admin, Marketing, Analyst)
            .Write(WriteOperations.All, [Admin, Marketing])
            .ServerManaged("totalSpend", "totalRevenue"));
        module.Node<AdPerformance>(performance => performance
            .Description("A campaign's stats for one day.")
            .Describe("roas", "Return on ad spend that day: revenue / spend; null without spend.")
            .RootConnection("adPerformance", "Ad campaigns' stats per day, for ADMIN, MARKETING and ANALYST.")
            .ReadSignedIn(Admin, Marketing, Analyst)
            .Write(WriteOperations.All, [Admin, Marketing]));
        module.Node<EmailBroadcast>(broadcast => broadcast
            .Description("A newsletter sent.")
            .Describe("sentAt", "When it was sent; null while a draft.")
            .RootConnection("emailBroadcasts", "Newsletters sent or drafted, for ADMIN, MARKETING and ANALYST.")
            .ReadSignedIn(Admin, Marketing, Analyst)
            .Write(WriteOperations.All, [Admin, Marketing]));
        module.AddTypeExtension<LeadStatusMutations>();
        module.AddTypeExtension<LeadStatusSubscriptions>();
        module.AddTypeExtension<ConvertLeadMutations>();
        module.AddStatusChangeErrors();
    }
}
