using System.Linq.Expressions;
using System.Text.Json;
using Graph.Engine;
using Graph.Engine.Authorization;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Execution;
using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Graph.Persistence.Outbox;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Writes;

/// <summary>What a generated write answers: the node (as it is after the write; for a delete, as it was) or the errors.</summary>
public sealed record WritePayload(object? Node, IReadOnlyList<IMutationError>? Errors)
{
    public static WritePayload Failed(params IMutationError[] errors) => new(null, errors);
}

/// <summary>
/// Runs <c>create</c>, <c>update</c> and <c>delete</c> of one entity in one transaction on the request's
/// <see cref="GraphDbContext"/> (so the row rules hold): the row is locked, the write rules are asked before and after
/// the change, the input is checked field by field, PostgreSQL's refusals become payload errors, and the
/// <c>nodeChanged</c> event joins the transaction. A refused write changes nothing.
/// </summary>
public sealed class EntityWriter(EntityWriteModel model)
{
    private static readonly JsonSerializerOptions NoOptions = new();

    public EntityWriteModel Model => model;

    public ValueTask<object?> CreateAsync(IResolverContext context) => SettledAsync(context, CreateAsync);

    public ValueTask<object?> UpdateAsync(IResolverContext context) => SettledAsync(context, UpdateAsync);

    /// <summary>Runs a write whose inputs may have done work outside the database (a file stored), then settles that work:
    /// kept when the write committed, undone when it was refused or failed.</summary>
    private static async ValueTask<object?> SettledAsync(IResolverContext context, Func<IResolverContext, WriteInputContext, Task<object?>> write)
    {
        var inputs = new WriteInputContext(context.Services, context.RequestAborted);
        object? payload;
        try
        {
            payload = await write(context, inputs);
        }
        catch
        {
            inputs.Settle(committed: false);
            throw;
        }

        inputs.Settle(committed: payload is WritePayload { Errors: null });
        return payload;
    }

    private async Task<object?> CreateAsync(IResolverContext context, WriteInputContext inputs)
    {
        var (input, db, outbox, viewer, rules) = Begin(context, WriteOperations.Create);
        var entity = (Entity)Activator.CreateInstance(model.ClrType)!;
        foreach (var field in model.Fields.Where(f => f.Target is not null && model.Writes.CallerDefaults.Contains(f.NodeField) && !input.ContainsKey(f.Name)))
        {
            if (viewer.UserId == Guid.Empty)
                return WritePayload.Failed(new ValidationError($"`{field.Name}` is required.", field.Name));
            field.Property!.PropertyInfo!.SetValue(entity, viewer.UserId);
        }

        var errors = await ApplyAsync(entity, input, model.Fields.Where(f => f.RequiredOnCreate && !input.ContainsKey(f.Name)), db, viewer, context, inputs);
        if (errors.Count > 0)
            return new WritePayload(null, errors);

        // When the caller's roles allow the write and no field rule looks at the new row, nothing needs asking after the
        // insert: the row and its event go in one batch, one round trip, atomic without a transaction of ours.
        var checkAfter = !rules.Any(r => r.AllowsWithoutRow(viewer)) || model.Writes.FieldRules.Any(r => r.Except is not null && input.ContainsKey(InputName(r.FieldName)));
        await using var transaction = checkAfter ? await db.Database.BeginTransactionAsync(context.RequestAborted) : null;
        db.Add(entity);
        var change = new NodeChange(ChangeOperation.Created, model.TypeName, entity.Id, ChangedFields(db, entity, input), DateTimeOffset.UtcNow);
        var events = ChangeCommit.Announce(db, outbox, [change.Event, .. model.Writes.AlsoOnCreate?.Invoke(db, entity, change.ChangedAt) ?? []]);
        if (await SaveAsync(db, context) is { } refusal)
            return WritePayload.Failed(refusal);
        if (checkAfter)
            await AuthorizeAfterAsync(db, rules, input, entity.Id, viewer, context);
        await ChangeCommit.CommitAsync(transaction, outbox, events, context.RequestAborted);
        return new WritePayload(entity, null);
    }

    private async Task<object?> UpdateAsync(IResolverContext context, WriteInputContext inputs)
    {
        var write = Begin(context, WriteOperations.Update);
        var (refused, transaction, entity, key) = await OpenRowAsync(write, context);
        if (refused is not null)
            return refused;
        await using var _ = transaction;

        var (input, db, outbox, viewer, rules) = write;
        var values = input.Where(p => p.Key is not ("id" or "expectedUpdatedAt")).ToDictionary();
        var errors = await ApplyAsync(entity!, values, [], db, viewer, context, inputs);
        if (errors.Count > 0)
            return new WritePayload(null, errors);

        var changed = ChangedFields(db, entity!, values);
        if (changed.Count == 0)
            return new WritePayload(entity, null);
        var events = ChangeCommit.Announce(db, outbox, new NodeChange(ChangeOperation.Updated, model.TypeName, key, changed, DateTimeOffset.UtcNow).Event);
        if (await SaveAsync(db, context) is { } refusal)
            return WritePayload.Failed(refusal);
        await AuthorizeAfterAsync(db, rules, values, key, viewer, context);
        await ChangeCommit.CommitAsync(transaction, outbox, events, context.RequestAborted);
        return new WritePayload(entity, null);
    }

    public async ValueTask<object?> DeleteAsync(IResolverContext context)
    {
        var write = Begin(context, WriteOperations.Delete);
        var (refused, transaction, entity, key) = await OpenRowAsync(write, context);
        if (refused is not null)
            return refused;
        await using var _ = transaction;

        var db = write.Db;
        var snapshot = await SnapshotAsync(db, key, context);
        var deletedAt = DateTimeOffset.UtcNow;
        if (model.SoftDelete is { } softDelete)
            db.Entry(entity!).Property(softDelete.Name).CurrentValue = deletedAt;
        else
            db.Remove(entity!);
        var events = ChangeCommit.Announce(db, write.Outbox, new NodeChange(ChangeOperation.Deleted, model.TypeName, key, [], deletedAt, snapshot).Event);
        if (await SaveAsync(db, context) is { } refusal)
            return WritePayload.Failed(refusal is ValidationError ? new ValidationError($"The {model.TypeName} is still referred to: {refusal.Message}", "id") : refusal);
        await ChangeCommit.CommitAsync(transaction, write.Outbox, events, context.RequestAborted);
        return new WritePayload(entity, null);
    }

    /// <summary>
    /// <c>restore&lt;Type&gt;</c> (ADMIN): clears the soft-delete stamp of a deleted row, locked like any write; the row
    /// reappears in every read. A row that is not deleted is a <c>ValidationError</c>.
    /// </summary>
    public async ValueTask<object?> RestoreAsync(IResolverContext context)
    {
        var softDelete = model.SoftDelete ?? throw new InvalidOperationException($"{model.TypeName} is not soft deleted.");
        var write = Begin(context, WriteOperations.Delete);
        var id = (string)write.Input["id"]!;
        if (!NodeKeys.TryParse(id, model.TypeName, out var key))
            return WritePayload.Failed(NotFoundError.For(model.TypeName, id));

        await using var transaction = await write.Db.Database.BeginTransactionAsync(context.RequestAborted);
        var entity = await LockedRows.FindForUpdateAsync(write.Db, model.ClrType, key, context.RequestAborted, includeDeleted: true);
        if (entity is null)
            return WritePayload.Failed(NotFoundError.For(model.TypeName, id));
        var stamp = write.Db.Entry(entity).Property(softDelete.Name);
        if (stamp.CurrentValue is null)
            return WritePayload.Failed(new ValidationError($"The {model.TypeName} is not deleted.", "id"));

        stamp.CurrentValue = null;
        var events = ChangeCommit.Announce(write.Db, write.Outbox,
            new NodeChange(ChangeOperation.Updated, model.TypeName, key, ["deletedAt"], DateTimeOffset.UtcNow).Event);
        if (await SaveAsync(write.Db, context) is { } refusal)
            return WritePayload.Failed(refusal);
        await ChangeCommit.CommitAsync(transaction, write.Outbox, events, context.RequestAborted);
        return new WritePayload(entity, null);
    }

    /// <summary>What one write works with: its input, the request's context (cleared of what an earlier mutation of the
    /// request left tracked), the outbox, the caller and the rules of the operation.</summary>
    private sealed record Write(
        IReadOnlyDictionary<string, object?> Input, GraphDbContext Db, IEventOutbox Outbox, DataViewer Viewer, IReadOnlyList<WriteAccess> Rules);

    private Write Begin(IResolverContext context, WriteOperations operation)
    {
        var db = context.Services.GetRequiredService<GraphDbContext>();
        db.ChangeTracker.Clear();
        return new Write(
            (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!,
            db,
            context.Services.GetRequiredService<IEventOutbox>(),
            Viewers.Of(context),
            model.RulesFor(operation));
    }

    /// <summary>
    /// For an update or a delete: the row of <c>input.id</c>, locked in a new transaction and allowed to the caller
    /// (<see cref="LockAsync"/>); or the refusal, with no transaction left open.
    /// </summary>
    private async Task<(WritePayload? Refused, IDbContextTransaction? Transaction, Entity? Entity, Guid Key)> OpenRowAsync(Write write, IResolverContext context)
    {
        var id = (string)write.Input["id"]!;
        if (!NodeKeys.TryParse(id, model.TypeName, out var key))
            return (WritePayload.Failed(NotFoundError.For(model.TypeName, id)), null, null, key);

        var transaction = await write.Db.Database.BeginTransactionAsync(context.RequestAborted);
        try
        {
            if (await LockAsync(write.Db, key, id, write.Rules, write.Viewer, write.Input, context) is { } refused)
            {
                await transaction.DisposeAsync();
                return (refused, null, null, key);
            }
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }

        return (null, transaction, (Entity)write.Db.ChangeTracker.Entries().Single().Entity, key);
    }

    /// <summary>
    /// Locks the row (FOR UPDATE, through the row rules: a row the caller cannot read is not found), asks the rules
    /// on it as it is, and compares <c>expectedUpdatedAt</c>; answers the payload of a refusal, or null to go on.
    /// </summary>
    private async Task<WritePayload?> LockAsync(
        GraphDbContext db, Guid key, string id, IReadOnlyList<WriteAccess> rules, DataViewer viewer, IReadOnlyDictionary<string, object?> input, IResolverContext context)
    {
        Entity? entity;
        try
        {
            entity = await LockedRows.FindForUpdateAsync(db, model.ClrType, key, context.RequestAborted);
        }
        catch (RowLockedException locked)
        {
            return WritePayload.Failed(locked.ToError());
        }

        if (entity is null)
            return WritePayload.Failed(NotFoundError.For(model.TypeName, id));
        if (!await HoldsAsync(db, rules, key, viewer, context))
            throw Refused(viewer, $"The current user may not {Verb(rules)} this {model.TypeName}.");
        if (input.TryGetValue("expectedUpdatedAt", out var expected) && expected is DateTimeOffset at && Milliseconds(entity.UpdatedAt) != Milliseconds(at))
        {
            return WritePayload.Failed(new ConcurrencyError(
                $"The {model.TypeName} was changed at {entity.UpdatedAt:O}, after the expected {at:O}."));
        }

        return null;
    }

    private static string Verb(IReadOnlyList<WriteAccess> rules) =>
        rules.Count > 0 && rules[0].Operations.HasFlag(WriteOperations.Delete) && !rules[0].Operations.HasFlag(WriteOperations.Update) ? "delete" : "change";

    private static long Milliseconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    /// <summary>Whether a rule allows the caller this write on the row <paramref name="key"/> as the transaction sees it now.</summary>
    private async Task<bool> HoldsAsync(GraphDbContext db, IReadOnlyList<WriteAccess> rules, Guid key, DataViewer viewer, IResolverContext context)
    {
        if (rules.Any(r => r.AllowsWithoutRow(viewer)))
            return true;
        var conditions = rules.Where(r => r.Condition is not null).Select(r => r.Condition!).ToList();
        return conditions.Count > 0 && viewer.UserId != Guid.Empty && await AnyAsync(db, key, Or(conditions), viewer, context);
    }

    /// <summary>After the change, inside its transaction: the row must still be the caller's to write, and no field rule
    /// may refuse what the input set. A refusal throws, which rolls the transaction back.</summary>
    private async Task AuthorizeAfterAsync(
        GraphDbContext db, IReadOnlyList<WriteAccess> rules, IReadOnlyDictionary<string, object?> input, Guid key, DataViewer viewer, IResolverContext context)
    {
        if (!await HoldsAsync(db, rules, key, viewer, context))
            throw Refused(viewer, $"The current user may not write this {model.TypeName} so.");
        foreach (var rule in model.Writes.FieldRules.Where(r => r.Except is not null && input.ContainsKey(InputName(r.FieldName))))
        {
            if (await AnyAsync(db, key, rule.Except!, viewer, context))
                throw Refused(viewer, $"The current user may not set `{InputName(rule.FieldName)}` {rule.ExceptText}.");
        }
    }

    private string InputName(string nodeField) => model.Fields.FirstOrDefault(f => f.NodeField == nodeField)?.Name ?? nodeField;

    private async Task<bool> AnyAsync(GraphDbContext db, Guid key, LambdaExpression condition, DataViewer viewer, IResolverContext context)
    {
        var bound = FieldAccess.Bind(condition, viewer);
        return await (Task<bool>)AnyMethod.MakeGenericMethod(model.ClrType).Invoke(null, [db, key, bound, context.RequestAborted])!;
    }

    private static readonly System.Reflection.MethodInfo AnyMethod = typeof(EntityWriter).GetMethod(nameof(AnyTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static Task<bool> AnyTyped<T>(GraphDbContext db, Guid key, LambdaExpression condition, CancellationToken cancellationToken)
        where T : Entity =>
        db.Set<T>().Where(e => e.Id == key).Where((Expression<Func<T, bool>>)condition).AnyAsync(cancellationToken);

    private static LambdaExpression Or(List<LambdaExpression> conditions)
    {
        var (row, viewer) = (conditions[0].Parameters[0], conditions[0].Parameters[1]);
        var body = conditions.Skip(1).Aggregate(conditions[0].Body, (left, next) => Expression.OrElse(left,
            ParameterReplacer.Replace(ParameterReplacer.Replace(next.Body, next.Parameters[0], row), next.Parameters[1], viewer)));
        return Expression.Lambda(body, row, viewer);
    }

    private static GraphQLException Refused(DataViewer viewer, string message) =>
        viewer.UserId == Guid.Empty && !viewer.Unrestricted
            ? new GraphQLException("The current user is not authenticated.", AuthorizationSchema.NotAuthenticatedCode)
            : new GraphQLException(message, AuthorizationSchema.NotAuthorizedCode);

    /// <summary>
    /// Checks and applies the input to the entity: nulls, lengths, references (a global ID of the right type that the
    /// caller can read), the module's own inputs, and the field rules' roles. Answers every refusal found.
    /// </summary>
    private async Task<List<IMutationError>> ApplyAsync(
        Entity entity, IReadOnlyDictionary<string, object?> input, IEnumerable<WritableField> missing, GraphDbContext db, DataViewer viewer, IResolverContext context,
        WriteInputContext inputs)
    {
        var errors = missing.Select(f => (IMutationError)new ValidationError($"`{f.Name}` is required.", f.Name)).ToList();
        foreach (var (name, value) in input)
        {
            var field = model.Fields.First(f => f.Name == name);
            if (model.Writes.FieldRules.FirstOrDefault(r => r.FieldName == field.NodeField) is { } rule && !viewer.HasAny([.. rule.Roles]))
                throw Refused(viewer, $"The current user may not set `{name}`.");

            if (field.Input is { } own)
            {
                if (await own.Apply(entity, value, inputs) is { } message)
                    errors.Add(new ValidationError(message, name));
                continue;
            }

            if (value is null)
            {
                if (!field.Nullable)
                    errors.Add(new ValidationError($"`{name}` cannot be null.", name));
                else
                    field.Property!.PropertyInfo!.SetValue(entity, null);
                continue;
            }

            if (field.Target is { } target)
            {
                if (await ReferenceAsync(db, target, (string)value, viewer, context) is not { } reference)
                    errors.Add(new ValidationError($"`{name}` is not the ID of a {target.ClrType.Name} the current user can see.", name));
                else
                    field.Property!.PropertyInfo!.SetValue(entity, reference);
                continue;
            }

            if (field.MaxLength is { } max && value is string text && text.Length > max)
            {
                errors.Add(new ValidationError($"`{name}` is longer than {max} characters.", name));
                continue;
            }

            var property = field.Property!.PropertyInfo!;
            property.SetValue(entity, ClrValueConverter.Convert(value, property.PropertyType));
        }

        return errors;
    }

    /// <summary>
    /// The key of a global ID of <paramref name="target"/>'s type whose row the caller reads, else null. When the caller
    /// reads every row of the type (by role), the database is not asked: the foreign key refuses a row that is not there.
    /// </summary>
    private static async Task<Guid?> ReferenceAsync(GraphDbContext db, IEntityType target, string id, DataViewer viewer, IResolverContext context)
    {
        if (!NodeKeys.TryParse(id, target.ClrType.Name, out var key))
            return null;
        if (RowAccessRules.For(target.ClrType) is not { } rule || rule.HoldsForEveryRow(viewer))
        {
            // Other filters (soft delete) hide rows a foreign key still accepts.
            if (target.GetDeclaredQueryFilters().All(f => f.Key == GraphDbContext.RowAccessFilter))
                return key;
        }

        var exists = await (Task<bool>)ExistsMethod.MakeGenericMethod(target.ClrType).Invoke(null, [db, key, context.RequestAborted])!;
        return exists ? key : null;
    }

    private static readonly System.Reflection.MethodInfo ExistsMethod = typeof(EntityWriter).GetMethod(nameof(Exists), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static Task<bool> Exists<T>(GraphDbContext db, Guid key, CancellationToken cancellationToken)
        where T : Entity =>
        db.Set<T>().AnyAsync(e => e.Id == key, cancellationToken);

    /// <summary>The node fields the write changed: for a create, every field the input set (and defaults from the caller).</summary>
    private List<string> ChangedFields(GraphDbContext db, Entity entity, IReadOnlyDictionary<string, object?> input)
    {
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Added)
            return model.Fields.Where(f => input.ContainsKey(f.Name) || model.Writes.CallerDefaults.Contains(f.NodeField)).Select(f => f.NodeField).Distinct().ToList();
        // By name: the model the fields were made from is not the context's.
        var modified = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToHashSet(StringComparer.Ordinal);
        return model.Fields
            .Where(f => (f.Property is not null && modified.Contains(f.Property.Name)) || (f.Input is not null && input.ContainsKey(f.Name)))
            .Select(f => f.NodeField)
            .Distinct()
            .ToList();
    }

    /// <summary>Saves; a refusal by PostgreSQL (unique, foreign key, check, not null) is answered as a payload error, and
    /// the caller returns it without committing (the refused statement ended the transaction).</summary>
    private async Task<IMutationError?> SaveAsync(GraphDbContext db, IResolverContext context)
    {
        await DatabaseRefusals.EnsureLoadedAsync(db, context.RequestAborted);
        db.Database.AutoSavepointsEnabled = false;
        // Without a transaction of the write's own (a create its roles allow), the row and its event are one statement
        // batch, which PostgreSQL runs as one implicit transaction: EF need not open one (and spend a round trip on COMMIT).
        db.Database.AutoTransactionBehavior = db.Database.CurrentTransaction is null ? AutoTransactionBehavior.Never : AutoTransactionBehavior.WhenNeeded;
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
            return null;
        }
        catch (DbUpdateException exception) when (exception.InnerException is Npgsql.PostgresException postgres
            && DatabaseRefusals.ToError(postgres, model) is { } error)
        {
            db.ChangeTracker.Clear();
            return error;
        }
        finally
        {
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
        }
    }

    private async Task<JsonElement> SnapshotAsync(GraphDbContext db, Guid key, IResolverContext context)
    {
        // As migration 0015's trigger snapshots the others: without a password hash.
        var sql = "SELECT (to_jsonb(t) - 'password_hash')::text AS \"Value\" FROM \"" + model.Table + "\" t WHERE t.id = {0}";
        var json = await db.Database
            .SqlQueryRaw<string>(sql, key)
            .SingleAsync(context.RequestAborted);
        return JsonSerializer.Deserialize<JsonElement>(json, NoOptions);
    }
}
