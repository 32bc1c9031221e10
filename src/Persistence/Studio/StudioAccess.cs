using Microsoft.EntityFrameworkCore;

namespace Graph.Persistence.Studio;

/// <summary>
/// SQL functions the studio's row rules call (migrations 0014, 0018 and 0020), mapped by <see cref="GraphDbContext"/> from their <c>[DbFunction]</c> names. They stand where
/// a navigation would drag the student's and the teacher's own row rules into every lesson, note and goal query. Only
/// translatable to SQL: called in memory, they throw.
/// </summary>
public static class StudioAccess
{
    /// <summary>Whether <paramref name="viewerId"/> has a teacher profile at the studio.</summary>
    [DbFunction("teaches_at_studio")]
    public static bool TeachesAtStudio(Guid studioId, Guid viewerId) =>
        throw new InvalidOperationException("teaches_at_studio runs in SQL only.");

    /// <summary>Whether <paramref name="viewerId"/> is the primary contact of the student's family.</summary>
    [DbFunction("is_parent_of_student")]
    public static bool IsParentOfStudent(Guid studentId, Guid viewerId) =>
        throw new InvalidOperationException("is_parent_of_student runs in SQL only.");

    /// <summary>Whether <paramref name="viewerId"/> is the student's own account.</summary>
    [DbFunction("is_student_self")]
    public static bool IsStudentSelf(Guid studentId, Guid viewerId) =>
        throw new InvalidOperationException("is_student_self runs in SQL only.");

    /// <summary>Whether <paramref name="viewerId"/> is the teacher's own account.</summary>
    [DbFunction("is_teacher_self")]
    public static bool IsTeacherSelf(Guid teacherId, Guid viewerId) =>
        throw new InvalidOperationException("is_teacher_self runs in SQL only.");

    /// <summary>Whether <paramref name="viewerId"/> meets the teacher of account <paramref name="teacherUserId"/> at their studio
    /// (a student, a family contact or a teacher of it).</summary>
    [DbFunction("sees_studio_teacher")]
    public static bool SeesStudioTeacher(Guid teacherUserId, Guid viewerId) =>
        throw new InvalidOperationException("sees_studio_teacher runs in SQL only.");

    /// <summary>Whether the student is one of <paramref name="viewerId"/>'s as a teacher: at a studio they teach at, theirs as
    /// primary teacher, or with a lesson or a recurring pattern of theirs (migration 0020).</summary>
    [DbFunction("teacher_sees_student")]
    public static bool TeacherSeesStudent(Guid studentId, Guid viewerId) =>
        throw new InvalidOperationException("teacher_sees_student runs in SQL only.");

    /// <summary>Whether <paramref name="viewerId"/> pays the invoice: the primary contact of its family or of its band.</summary>
    [DbFunction("pays_invoice")]
    public static bool PaysInvoice(Guid invoiceId, Guid viewerId) =>
        throw new InvalidOperationException("pays_invoice runs in SQL only.");

    /// <summary>Whether <paramref name="viewerId"/> has a student record at the studio.</summary>
    [DbFunction("studies_at_studio")]
    public static bool StudiesAtStudio(Guid studioId, Guid viewerId) =>
        throw new InvalidOperationException("studies_at_studio runs in SQL only.");

    /// <summary>Whether <paramref name="viewerId"/> has a teacher profile at the resource's studio.</summary>
    [DbFunction("teaches_at_resource_studio")]
    public static bool TeachesAtResourceStudio(Guid resourceId, Guid viewerId) =>
        throw new InvalidOperationException("teaches_at_resource_studio runs in SQL only.");

    /// <summary>Whether the resource is shared with, or lent to, <paramref name="viewerId"/>'s student record or a student of the
    /// family <paramref name="viewerId"/> is the primary contact of.</summary>
    [DbFunction("is_resource_shared_or_lent")]
    public static bool IsSharedOrLentTo(Guid resourceId, Guid viewerId) =>
        throw new InvalidOperationException("is_resource_shared_or_lent runs in SQL only.");
}
