using System.Text.RegularExpressions;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Outbox;
using Graph.Schema.Authorization;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Diagnostics;

[GraphQLDescription("The clinic's details to set; an omitted (or null) field stays as it is. The first call creates the record and needs `whatsappNumber`, `clinicAddress` and `googleMapsLink`.")]
public sealed record UpdateClinicInfoInput(
    string? WhatsappNumber = null,
    string? ClinicAddress = null,
    string? GoogleMapsLink = null,
    decimal? Latitude = null,
    decimal? Longitude = null,
    [property: GraphQLDescription("HH:MM, 24-hour clock.")] string? OpeningTime = null,
    [property: GraphQLDescription("HH:MM, 24-hour clock, after `openingTime`.")] string? ClosingTime = null);

public sealed class UpdateClinicInfoPayload
{
    public ClinicInfo? ClinicInfo { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

/// <summary>The clinic has one record: <c>updateClinicInfo</c> sets it, creating it the first time, under a lock on the
/// table (two first calls cannot both create), with <c>updatedBy</c> the caller.</summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed partial class ClinicInfoMutations
{
    [Authorize(Roles = ["ADMIN"])]
    [GraphQLDescription("Sets the clinic's contact details and location (the WhatsApp link follows the number).")]
    public async Task<UpdateClinicInfoPayload> UpdateClinicInfo(
        UpdateClinicInfoInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"LOCK TABLE clinic_info IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        var clinic = await db.Set<ClinicInfo>().FirstOrDefaultAsync(cancellationToken);
        var created = clinic is null;
        clinic ??= new ClinicInfo { Id = Guid.CreateVersion7() };

        var errors = new List<IMutationError>();
        var given = new List<string>();
        void Set<T>(string field, T value, Action<T> apply, Func<T, string?>? check = null)
        {
            if (value is null)
                return;
            given.Add(field);
            if (check?.Invoke(value) is { } message)
                errors.Add(new ValidationError(message, field));
            else
                apply(value);
        }

        Set("whatsappNumber", input.WhatsappNumber, v => clinic.WhatsappNumber = v!, v => PhoneNumber().IsMatch(v!) ? null : "`whatsappNumber` must start with + and the country code, e.g. +91 98765 43210.");
        Set("clinicAddress", input.ClinicAddress, v => clinic.ClinicAddress = v!, v => string.IsNullOrWhiteSpace(v) ? "`clinicAddress` cannot be empty." : null);
        Set("googleMapsLink", input.GoogleMapsLink, v => clinic.GoogleMapsLink = v!, v => Uri.TryCreate(v, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? null : "`googleMapsLink` must be an https URL.");
        Set("latitude", input.Latitude, v => clinic.Latitude = v, v => v is < -90 or > 90 ? "`latitude` lies between -90 and 90." : null);
        Set("longitude", input.Longitude, v => clinic.Longitude = v, v => v is < -180 or > 180 ? "`longitude` lies between -180 and 180." : null);
        Set("openingTime", input.OpeningTime, v => clinic.OpeningTime = v, v => TimeOfDay().IsMatch(v!) ? null : "`openingTime` must be HH:MM (24-hour clock).");
        Set("closingTime", input.ClosingTime, v => clinic.ClosingTime = v, v => TimeOfDay().IsMatch(v!) ? null : "`closingTime` must be HH:MM (24-hour clock).");
        if (errors.Count == 0 && clinic.ClosingTime is not null && string.CompareOrdinal(clinic.ClosingTime, clinic.OpeningTime) <= 0)
            errors.Add(new ValidationError("`closingTime` must come after `openingTime`.", "closingTime"));
        if (created)
        {
            foreach (var (field, value) in new[] { ("whatsappNumber", clinic.WhatsappNumber), ("clinicAddress", clinic.ClinicAddress), ("googleMapsLink", clinic.GoogleMapsLink) })
            {
                if (value.Length == 0 && !errors.OfType<ValidationError>().Any(e => e.Field == field))
                    errors.Add(new ValidationError($"`{field}` is required to create the clinic's record.", field));
            }
        }

        if (errors.Count > 0)
            return new UpdateClinicInfoPayload { Errors = errors };

        var caller = Viewers.Of(context).UserId;
        clinic.UpdatedById = caller == Guid.Empty ? null : caller;
        if (created)
            db.Add(clinic);
        var changed = created ? [.. given, "updatedBy"] : db.Entry(clinic).Properties.Where(p => p.IsModified).Select(p => char.ToLowerInvariant(p.Metadata.Name[0]) + p.Metadata.Name[1..]).ToList();
        var events = ChangeCommit.Announce(db, outbox, new NodeChange(created ? ChangeOperation.Created : ChangeOperation.Updated, "ClinicInfo", clinic.Id, changed, DateTimeOffset.UtcNow).Event);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, events, cancellationToken);
        return new UpdateClinicInfoPayload { ClinicInfo = clinic };
    }

    [GeneratedRegex(@"^\+[0-9][0-9 -]{6,19}$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex TimeOfDay();
}
