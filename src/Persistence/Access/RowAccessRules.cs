using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Graph.Persistence.Webhooks;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Access;

/// <summary>
/// Row-level access of the core graph: which rows each viewer reads. EF applies each rule as a global query filter,
/// so it holds in every query a <see cref="GraphDbContext"/> runs for a viewer: root connections, nested relations,
/// counts, aggregates and lookups by id alike. Types not listed (the lab test catalogue, programs) are public.
/// A child's rule never shows more than its required parents' rules, so no visible row points at a hidden one.
/// </summary>
public static class RowAccessRules
{
    /// <summary>Every role that works for the businesses (all but CUSTOMER, STUDENT, PARENT and PATIENT).</summary>
    public static readonly Role[] Staff = [Admin, Collector, LabTech, Analyst, Sales, Marketing, Teacher, Provider];

    public static IReadOnlyList<RowRule> All { get; } =
    [
        RowRule.For<User>("themselves; every staff role",
            (u, v) => v.HasAny(Staff) || u.Id == v.UserId),
        RowRule.For<Address>("its user; ADMIN, COLLECTOR",
            (a, v) => v.HasAny(Admin, Collector) || a.UserId == v.UserId),
        RowRule.For<Pet>("its owner; the customer of a booking for it; ADMIN, LAB_TECH, ANALYST; a COLLECTOR for the pets of bookings assigned to them",
            (p, v) => v.HasAny(Admin, LabTech, Analyst) || p.UserId == v.UserId
                || p.Bookings.Any(b => b.UserId == v.UserId || (v.Has(Collector) && b.CollectionStaffId == v.UserId))),
        RowRule.For<Booking>("its customer; ADMIN, LAB_TECH, ANALYST; the COLLECTOR it is assigned to",
            (b, v) => v.HasAny(Admin, LabTech, Analyst) || b.UserId == v.UserId || (v.Has(Collector) && b.CollectionStaffId == v.UserId)),
        RowRule.For<BookingItem>("as its booking",
            (i, v) => v.HasAny(Admin, LabTech, Analyst) || i.Booking.UserId == v.UserId
                || (v.Has(Collector) && i.Booking.CollectionStaffId == v.UserId)),
        RowRule.For<TestBatchGroup>("ADMIN, LAB_TECH, ANALYST",
            (g, v) => v.HasAny(Admin, LabTech, Analyst)),
        RowRule.For<TestReport>("the booking's customer once it is VERIFIED or DELIVERED; ADMIN, LAB_TECH, ANALYST",
            (r, v) => v.HasAny(Admin, LabTech, Analyst)
                || (r.BookingItem.Booking.UserId == v.UserId && (r.Status == TestReportStatus.Verified || r.Status == TestReportStatus.Delivered))),
        RowRule.For<Lead>("ADMIN, SALES, MARKETING, ANALYST",
            (l, v) => v.HasAny(Admin, Sales, Marketing, Analyst)),
        RowRule.For<TeamMember>("the member themselves; ADMIN, SALES, MARKETING, ANALYST",
            (m, v) => v.HasAny(Admin, Sales, Marketing, Analyst) || m.UserId == v.UserId),
        RowRule.For<Student>("the student themselves; ADMIN, SALES, TEACHER",
            (s, v) => v.HasAny(Admin, Sales, Teacher) || s.UserId == v.UserId),
        RowRule.For<Enrollment>("its student; ADMIN, SALES, TEACHER",
            (e, v) => v.HasAny(Admin, Sales, Teacher) || e.Student.UserId == v.UserId),
        RowRule.For<Installment>("as its enrollment",
            (i, v) => v.HasAny(Admin, Sales, Teacher) || i.Enrollment.Student.UserId == v.UserId),
        RowRule.For<Payment>("the student of its enrollment or installment; ADMIN, SALES",
            (p, v) => v.HasAny(Admin, Sales)
                || p.Enrollment!.Student.UserId == v.UserId
                || p.Installment!.Enrollment.Student.UserId == v.UserId),
        RowRule.For<Webhook>("its owner; ADMIN",
            (w, v) => v.Has(Admin) || w.OwnerId == v.UserId),
        RowRule.For<WebhookDelivery>("as its webhook",
            (d, v) => v.Has(Admin) || d.Webhook.OwnerId == v.UserId),
        RowRule.For<WebhookDeliveryAttempt>("as its webhook",
            (a, v) => v.Has(Admin) || a.Delivery.Webhook.OwnerId == v.UserId),
    ];
}
