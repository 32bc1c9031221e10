using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

internal sealed partial class ScaleGenerator
{
    private static readonly string[] LeadStatuses =
        ["NEW", "CONTACTED", "QUALIFIED", "EVALUATION_BOOKED", "EVALUATION_CONFIRMED", "EVALUATION_COMPLETE", "CONVERTED", "LOST", "ARCHIVED"];

    // Cumulative odds of each status above; CONVERTED is 6.
    private static readonly double[] LeadStatusOdds = [0.15, 0.30, 0.40, 0.47, 0.52, 0.58, 0.83, 0.96, 1.0];

    private const byte Converted = 6, Lost = 7;

    private static readonly string[] TeamRoles = ["CLOSER", "SETTER", "DM_SETTER"];

    private DateTimeOffset[] _leadCreated = [];
    private byte[] _leadStatus = [];
    private int[] _leadStudent = [];
    private Guid[] _leadIds = [];

    private DateTimeOffset[] _studentCreated = [];
    private int[] _studentLead = [];
    private Guid[] _studentIds = [];

    private readonly List<Guid> _closerIds = [];
    private readonly List<Guid> _setterIds = [];

    /// <summary>Decides which leads convert to which students before either table is written: each points at the other.</summary>
    private void PlanCrm()
    {
        var leads = _plan.Leads;
        var students = _plan.Students;
        _leadCreated = new DateTimeOffset[leads];
        _leadStatus = new byte[leads];
        _leadStudent = new int[leads];
        _leadIds = new Guid[leads];
        _studentCreated = new DateTimeOffset[students];
        _studentLead = new int[students];
        Array.Fill(_studentLead, -1);

        var fromLeads = 0;
        for (var i = 0; i < leads; i++)
        {
            var created = Slot(_start, History, i, leads);
            _leadCreated[i] = created;
            _leadIds[i] = IdAt(created);
            var roll = _random.NextDouble();
            var status = (byte)Array.FindIndex(LeadStatusOdds, odds => roll < odds);
            _leadStudent[i] = -1;
            if (status == Converted)
            {
                if (fromLeads < students)
                {
                    _leadStudent[i] = fromLeads;
                    _studentLead[fromLeads] = i;
                    _studentCreated[fromLeads] = Min(created + TimeSpan.FromDays(7 + _random.Next(24)), _now);
                    fromLeads++;
                }
                else
                {
                    status = Lost;
                }
            }

            _leadStatus[i] = status;
        }

        // The other students came without a lead (walk-ins, referrals straight to a teacher).
        for (var j = fromLeads; j < students; j++)
            _studentCreated[j] = Slot(_start, History, j - fromLeads, students - fromLeads);
        _studentIds = new Guid[students];
        for (var j = 0; j < students; j++)
            _studentIds[j] = IdAt(_studentCreated[j]);
    }

    [ScaleTables(80, "team_members")]
    private void WriteTeamMembers(Npgsql.NpgsqlConnection connection)
    {
        using var members = Copy(connection, "team_members", "id, user_id, name, email, phone, role, is_active, created_at, updated_at");
        for (var i = 0; i < _plan.TeamMembers; i++)
        {
            var created = Slot(_start - TimeSpan.FromDays(30), TimeSpan.FromDays(30), i, _plan.TeamMembers);
            var id = IdAt(created);
            var role = i % TeamRoles.Length;
            (role == 0 ? _closerIds : _setterIds).Add(id);
            var (first, last) = NameOf(i, 4);
            members.StartRow();
            members.Uuid(id);
            members.Uuid(role == 0 && i / 3 < _salesIds.Length ? _salesIds[i / 3] : Guid.Empty);
            members.Text($"{FirstNames[first]} {LastNames[last]}");
            members.Text($"{FirstNamesLower[first]}.{LastNamesLower[last]}.t{i}.{_runTag}@team.scale.graph");
            members.Text($"+1222{i:D7}");
            members.Text(TeamRoles[role]);
            members.Boolean(!Chance(0.1));
            members.Timestamp(created);
            members.Timestamp(created);
        }

        Done("team_members", members);
    }

    [ScaleTables(90, "leads")]
    private void WriteLeads(Npgsql.NpgsqlConnection connection)
    {
        using var leads = Copy(connection, "leads",
            "id, first_name, last_name, email, phone, subject_name, subject_date_of_birth, status, source, campaign, medium, score, " +
            "assigned_to_id, user_id, evaluation_at, notes, converted_student_id, converted_at, deleted_at, created_at, updated_at");
        for (var i = 0; i < _leadIds.Length; i++)
        {
            var created = _leadCreated[i];
            var status = _leadStatus[i];
            var (first, last) = NameOf(i, 5);
            var source = _random.Next(LeadSources.Length);
            // Seed 000's leads are parents booking for a child; the child is the lead's subject.
            var hasSubject = Chance(0.4) || _leadStudent[i] >= 0;
            var student = _leadStudent[i];
            var evaluated = status is >= 3 and <= 6;
            DateTimeOffset? convertedAt = student >= 0 ? _studentCreated[student] : null;
            var deleted = Chance(0.02);
            leads.StartRow();
            leads.Uuid(_leadIds[i]);
            leads.Text(FirstNames[first]);
            leads.Text(LastNames[last]);
            leads.Text($"{FirstNamesLower[first]}.{LastNamesLower[last]}{i}@leads.scale.graph");
            leads.Text($"+1666{i:D7}");
            leads.Text(hasSubject ? student >= 0 ? StudentName(student) : $"{Pick(FirstNames)} {LastNames[last]}" : null);
            leads.Date(hasSubject ? DateOf(created).AddDays(-_random.Next(3 * 365, 14 * 365)) : null);
            leads.Text(LeadStatuses[status]);
            leads.Text(LeadSources[source]);
            leads.Text(source <= 2 ? Pick(Campaigns) : null);
            leads.Text(LeadMediums[source]);
            leads.Integer(student >= 0 ? 60 + _random.Next(41) : _random.Next(80));
            leads.Uuid(status == 0 && Chance(0.5) ? Guid.Empty : _salesIds[_random.Next(_salesIds.Length)]);
            leads.Uuid(Chance(0.05) ? _customerIds[_random.Next(_customerIds.Length)] : Guid.Empty);
            leads.Timestamp(evaluated ? Min(created + TimeSpan.FromDays(2 + _random.Next(10)), convertedAt ?? _now) : null);
            leads.Text(Chance(0.2) ? Pick(LeadNotes) : null);
            leads.Uuid(student >= 0 ? _studentIds[student] : Guid.Empty);
            leads.Timestamp(convertedAt);
            leads.Timestamp(deleted ? Between(created, _now) : null);
            leads.Timestamp(created);
            leads.Timestamp(convertedAt ?? created);
        }

        Done("leads", leads);
    }

    private static string StudentName(int student)
    {
        var (first, last) = NameOf(student, 3);
        return $"{FirstNames[first]} {LastNames[last]}";
    }
}
