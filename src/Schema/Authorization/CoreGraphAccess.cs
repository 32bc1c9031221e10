using System.Linq.Expressions;
using Graph.Persistence.Access;
using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Authorization;

/// <summary>
/// Who reads what in the core graph: every type, then the fields that are read more narrowly than their type.
/// Which rows a caller reaches at all is <see cref="RowAccessRules"/>; <c>docs/authorization.md</c> is generated
/// from both (<see cref="AccessPolicyDocument"/>).
/// </summary>
public static class CoreGraphAccess
{
    /// <summary>Money of a programme deal: the paying student, and SALES on the deals they closed or set.</summary>
    private static readonly Expression<Func<Enrollment, DataViewer, bool>> OwnDeal = (e, v) =>
        e.Student.UserId == v.UserId || (v.Has(Sales) && (e.Closer!.UserId == v.UserId || e.Setter!.UserId == v.UserId));

    private const string OwnDealText = "the paying student; SALES on the deals they closed or set";

    public static AccessPolicy Policy { get; } = new AccessPolicy()
        // Identity
        .SignedIn("User")
        .RolesOr<User>("User", ["email", "phone"], [Admin, Collector, Sales, Marketing], "the user themselves", (u, v) => u.Id == v.UserId)
        .RolesOr<User>("User", ["roles", "lastLoginAt", "failedLoginAttempts", "lockedUntil"], [Admin], "the user themselves", (u, v) => u.Id == v.UserId)
        .SignedIn("Address")

        // Diagnostics
        .Public("TestCategory")
        .Public("LabTest")
        .SignedIn("Pet")
        .RolesOr<Pet>("Pet.medicalHistory", [Admin, LabTech], "its owner", (p, v) => p.UserId == v.UserId)
        .SignedIn("Booking")
        .RolesOr<Booking>("Booking", ["address", "addressLink"], [Admin], "its customer; the collector it is assigned to",
            (b, v) => b.UserId == v.UserId || b.CollectionStaffId == v.UserId)
        .SignedIn("BookingItem")
        .RolesOr<BookingItem>("BookingItem.unitPrice", [Admin, LabTech], "the booking's customer", (i, v) => i.Booking.UserId == v.UserId)
        .Roles("TestBatchGroup", Admin, LabTech, Analyst)
        .SignedIn("TestReport")

        // CRM
        .Roles("Lead", Admin, Sales, Marketing, Analyst)
        .Roles("Lead", ["firstName", "lastName", "email", "phone", "subjectName", "subjectDateOfBirth", "notes"], Admin, Sales, Marketing)
        .SignedIn("TeamMember")
        .Roles("TeamMember", ["email", "phone"], Admin, Sales, Marketing)

        // Programs
        .Public("Program")
        .SignedIn("Student")
        .Roles("Student.notes", Admin, Teacher)
        .SignedIn("Enrollment")
        .RolesOr("Enrollment.contractValue", [Admin], OwnDealText, OwnDeal)
        .SignedIn("Installment")
        .RolesOr("Installment", ["amount", "amountPaid"], [Admin], OwnDealText, Via((Installment i) => i.Enrollment, OwnDeal))
        .SignedIn("Payment")
        .RolesOr("Payment", ["amount", "transactionId"], [Admin], OwnDealText,
            Or(Via((Payment p) => p.Enrollment!, OwnDeal), Via((Payment p) => p.Installment!.Enrollment, OwnDeal)))

        // Webhooks (rows: their owner's, or ADMIN's)
        .SignedIn("Webhook")
        .SignedIn("WebhookDelivery")
        .SignedIn("WebhookDeliveryAttempt");

    /// <summary><paramref name="rule"/> applied to the row <paramref name="path"/> leads to.</summary>
    private static Expression<Func<TChild, DataViewer, bool>> Via<TChild, TParent>(
        Expression<Func<TChild, TParent>> path, Expression<Func<TParent, DataViewer, bool>> rule)
    {
        var child = path.Parameters[0];
        var viewer = rule.Parameters[1];
        var body = new Substitute(rule.Parameters[0], path.Body).Visit(rule.Body);
        return Expression.Lambda<Func<TChild, DataViewer, bool>>(body, child, viewer);
    }

    private static Expression<Func<T, DataViewer, bool>> Or<T>(Expression<Func<T, DataViewer, bool>> left, Expression<Func<T, DataViewer, bool>> right)
    {
        var body = new Substitute(right.Parameters[0], left.Parameters[0]).Visit(new Substitute(right.Parameters[1], left.Parameters[1]).Visit(right.Body));
        return Expression.Lambda<Func<T, DataViewer, bool>>(Expression.OrElse(left.Body, body), left.Parameters);
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
