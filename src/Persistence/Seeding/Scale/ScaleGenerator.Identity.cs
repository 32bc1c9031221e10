using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

internal sealed partial class ScaleGenerator
{
    private static readonly string[] AdminRoles = ["ADMIN"];
    private static readonly string[] CollectorRoles = ["COLLECTOR"];
    private static readonly string[] LabTechRoles = ["LAB_TECH", "ANALYST"];
    private static readonly string[] SalesRoles = ["SALES"];
    private static readonly string[] MarketingRoles = ["MARKETING"];
    private static readonly string[] CustomerRoles = ["CUSTOMER"];
    private static readonly string[] CustomerParentRoles = ["CUSTOMER", "PARENT"];
    private static readonly string[] StudentRoles = ["STUDENT"];

    private Guid _adminId;
    private Guid[] _collectorIds = [];
    private Guid[] _salesIds = [];
    private Guid[] _customerIds = [];
    private DateTimeOffset[] _customerCreated = [];
    private string[] _customerAddress = [];
    private Guid[] _studentUserIds = [];

    [ScaleTables(10, "users")]
    private void WriteUsers(Npgsql.NpgsqlConnection connection)
    {
        using var users = Copy(connection, "users",
            "id, email, phone, password_hash, first_name, last_name, roles, user_type, is_active, is_verified, last_login_at, " +
            "failed_login_attempts, locked_until, avatar_url, assigned_area, created_at, updated_at");

        var staffSpan = TimeSpan.FromDays(30);
        var staff = 0;
        Guid Staff(string kind, int number, string[] roles, string? area)
        {
            var created = Slot(_start - staffSpan, staffSpan, staff, _plan.StaffUsers);
            var id = IdAt(created);
            var (first, last) = NameOf(staff, 1);
            WriteUser(users, id, $"{kind}{number}.{_runTag}@staff.scale.graph", $"+1555{staff:D7}", FirstNames[first], LastNames[last], roles, "WEB", created, area);
            staff++;
            return id;
        }

        _adminId = Staff("admin", 0, AdminRoles, null);
        _collectorIds = new Guid[_plan.Collectors];
        for (var i = 0; i < _collectorIds.Length; i++)
            _collectorIds[i] = Staff("collector", i, CollectorRoles, Areas[i % Areas.Length]);
        for (var i = 0; i < _plan.LabTechs; i++)
            Staff("labtech", i, LabTechRoles, null);
        _salesIds = new Guid[_plan.SalesUsers];
        for (var i = 0; i < _salesIds.Length; i++)
            _salesIds[i] = Staff("sales", i, SalesRoles, null);
        for (var i = 0; i < _plan.MarketingUsers; i++)
            Staff("marketing", i, MarketingRoles, null);

        // Customers sign up over the whole history, a little ahead of their bookings.
        var customers = _plan.Customers;
        _customerIds = new Guid[customers];
        _customerCreated = new DateTimeOffset[customers];
        for (var i = 0; i < customers; i++)
        {
            var created = Slot(_start - TimeSpan.FromDays(30), History, i, customers);
            var id = IdAt(created);
            _customerIds[i] = id;
            _customerCreated[i] = created;
            var (first, last) = NameOf(i, 2);
            var email = $"{FirstNamesLower[first]}.{LastNamesLower[last]}.{i}.{_runTag}@scale.graph";
            var type = _random.Next(20) switch { 0 => "WHATSAPP", 1 => "CHAT", _ => "WEB" };
            WriteUser(users, id, email, $"+1444{i:D7}", FirstNames[first], LastNames[last], i % 11 == 0 ? CustomerParentRoles : CustomerRoles, type, created, null);
        }

        _studentUserIds = new Guid[_plan.StudentUsers];
        for (var k = 0; k < _studentUserIds.Length; k++)
        {
            var student = 2 * k;
            var created = _studentCreated[student];
            var id = IdAt(created);
            _studentUserIds[k] = id;
            var (first, last) = NameOf(student, 3);
            WriteUser(users, id, $"{FirstNamesLower[first]}.{LastNamesLower[last]}.s{student}.{_runTag}@students.scale.graph", $"+1333{student:D7}",
                FirstNames[first], LastNames[last], StudentRoles, "WEB", created, null);
        }

        Done("users", users);
    }

    private void WriteUser(CopyWriter users, Guid id, string email, string phone, string first, string last, string[] roles, string type, DateTimeOffset created, string? area)
    {
        users.StartRow();
        users.Uuid(id);
        users.Text(email);
        users.Text(phone);
        users.Text(_passwordHash);
        users.Text(first);
        users.Text(last);
        users.TextArray(roles);
        users.Text(type);
        users.Boolean(!Chance(0.02));
        users.Boolean(Chance(0.9));
        users.Timestamp(Chance(0.7) ? Between(created, _now) : null);
        users.Integer(Chance(0.02) ? _random.Next(1, 5) : 0);
        users.Timestamp(Chance(0.001) ? _now.AddMinutes(15) : null);
        users.Text(Chance(0.3) ? $"https://files.example.com/avatars/{id:N}.jpg" : null);
        users.Text(area);
        users.Timestamp(created);
        users.Timestamp(created);
    }

    [ScaleTables(20, "addresses")]
    private void WriteAddresses(Npgsql.NpgsqlConnection connection)
    {
        using var addresses = Copy(connection, "addresses",
            "id, user_id, label, address_line1, address_line2, city, state, postal_code, country, latitude, longitude, is_default, created_at, updated_at");
        _customerAddress = new string[_customerIds.Length];
        for (var i = 0; i < _customerIds.Length; i++)
        {
            _customerAddress[i] = WriteAddress(addresses, i, "Home", isDefault: true);
            if (Chance(0.3))
                WriteAddress(addresses, i, Chance(0.5) ? "Office" : "Family", isDefault: false);
        }

        Done("addresses", addresses);
    }

    private string WriteAddress(CopyWriter addresses, int customer, string label, bool isDefault)
    {
        var (city, state, postal) = Pick(Cities);
        var line1 = $"{_random.Next(1, 2000)} {Pick(Streets)}";
        var created = _customerCreated[customer] + TimeSpan.FromMinutes(_random.Next(1, 600));
        addresses.StartRow();
        addresses.Uuid(IdAt(created));
        addresses.Uuid(_customerIds[customer]);
        addresses.Text(label);
        addresses.Text(line1);
        addresses.Text(Chance(0.25) ? $"Apt {_random.Next(1, 40)}" : null);
        addresses.Text(city);
        addresses.Text(state);
        addresses.Text(postal + _random.Next(10, 99));
        addresses.Text("US");
        addresses.Numeric(Math.Round(30m + (decimal)_random.NextDouble() * 15m, 6));
        addresses.Numeric(Math.Round(-120m + (decimal)_random.NextDouble() * 45m, 6));
        addresses.Boolean(isDefault);
        addresses.Timestamp(created);
        addresses.Timestamp(created);
        return $"{line1}, {city}, {state}";
    }
}
