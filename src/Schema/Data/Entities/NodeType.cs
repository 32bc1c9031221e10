using Graph.Persistence;
using System.Linq.Expressions;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Schema.Authorization;
using Graph.Schema.Writes;

namespace Graph.Schema.Data.Entities;

/// <summary>
/// A module's declaration of one entity, all in one place: the <c>Node</c> type and its descriptions, its root and
/// nested connections, who reads it (type and field rules; which rows is the entity's own row rule) and who writes it.
/// Every field name it mentions must be a field of the type, or the schema fails to build.
/// </summary>
public sealed class NodeType<T>
    where T : Entity
{
    private readonly AccessPolicy _access;

    internal NodeType(EntityTypeOptions options, AccessPolicy access)
    {
        Options = options;
        _access = access;
    }

    internal EntityTypeOptions Options { get; }

    private string Name => Options.TypeName;

    private EntityWrites Writes => Options.Writes;

    public NodeType<T> Description(string description)
    {
        Options.Description = description;
        return this;
    }

    public NodeType<T> Describe(string fieldName, string description)
    {
        Options.FieldDescriptions[fieldName] = description;
        return this;
    }

    /// <summary>Fields never exposed (secrets, internal keys).</summary>
    public NodeType<T> Hide(params string[] fieldNames)
    {
        Options.Hidden.UnionWith(fieldNames);
        return this;
    }

    /// <summary>A root connection <c>Query.{fieldName}</c> over every row the caller reads.</summary>
    public NodeType<T> RootConnection(string fieldName, string? description = null)
    {
        Options.RootConnections.Add((fieldName, description));
        return this;
    }

    /// <summary>A navigation collection of the type as a paged connection named <c>{Type}{Field}Connection</c>.</summary>
    public NodeType<T> Connection(params string[] fieldNames)
    {
        Options.Connections.AddRange(fieldNames);
        return this;
    }

    // Reading. Which rows: the entity's row rule (its configuration's Readers). Which types and fields: these.

    /// <summary>Anyone reads the type, signed in or not.</summary>
    public NodeType<T> ReadPublic()
    {
        _access.Public(Name);
        return this;
    }

    /// <summary>Any signed-in caller reads the type (or only <paramref name="roles"/>, when given).</summary>
    public NodeType<T> ReadSignedIn(params Role[] roles)
    {
        if (roles.Length == 0)
            _access.SignedIn(Name);
        else
            _access.Roles(Name, roles);
        return this;
    }

    /// <summary>Only callers with one of <paramref name="roles"/> read these fields.</summary>
    public NodeType<T> ReadFields(string[] fieldNames, params Role[] roles)
    {
        _access.Roles(Name, fieldNames, roles);
        return this;
    }

    /// <summary>Callers with one of <paramref name="roles"/>, and anyone for whom <paramref name="condition"/> holds on the row, read these fields.</summary>
    public NodeType<T> ReadFields(string[] fieldNames, Role[] roles, string conditionText, Expression<Func<T, DataViewer, bool>> condition)
    {
        _access.RolesOr(Name, fieldNames, roles, conditionText, condition);
        return this;
    }

    // Writing: create<Type>, update<Type>, delete<Type>. Without a rule, only ADMIN writes.

    /// <summary>
    /// Callers with one of <paramref name="roles"/>, and anyone for whom <paramref name="condition"/> holds on the row
    /// before and after the change, make the <paramref name="operations"/>.
    /// </summary>
    public NodeType<T> Write(WriteOperations operations, Role[] roles, string? conditionText = null, Expression<Func<T, DataViewer, bool>>? condition = null)
    {
        if ((conditionText is null) != (condition is null))
            throw new ArgumentException("A write condition needs its words, for docs/authorization.md.", nameof(conditionText));
        Writes.Rules.Add(new WriteAccess(Name, operations, roles, conditionText, condition));
        return this;
    }

    /// <summary>Only callers with one of <paramref name="roles"/> set these fields, and not on rows where <paramref name="except"/> holds.</summary>
    public NodeType<T> WriteFields(string[] fieldNames, Role[] roles, string? exceptText = null, Expression<Func<T, DataViewer, bool>>? except = null)
    {
        foreach (var field in fieldNames)
            Writes.FieldRules.Add(new FieldWriteAccess(Name + "." + field, roles, exceptText, except));
        return this;
    }

    /// <summary>The reference <paramref name="fieldName"/> is the caller when an input leaves it out (and so is optional).</summary>
    public NodeType<T> DefaultsToCaller(string fieldName)
    {
        Writes.CallerDefaults.Add(fieldName);
        return this;
    }

    /// <summary>Fields only the server sets (stamps of a workflow, counters): absent from the write inputs.</summary>
    public NodeType<T> ServerManaged(params string[] fieldNames)
    {
        Writes.ServerManaged.UnionWith(fieldNames);
        return this;
    }

    /// <summary>Never deleted: a correction is a new record or a status move.</summary>
    public NodeType<T> AppendOnly()
    {
        Writes.AppendOnly = true;
        return this;
    }

    /// <summary>Only these generated mutations exist: the module's workflows make the others (or all, with <see cref="WriteOperations.None"/>).</summary>
    public NodeType<T> GeneratedWrites(WriteOperations operations)
    {
        Writes.Generated = operations;
        return this;
    }

    /// <summary>Rows a generated create adds beside the new one, in its transaction (<see cref="EntityWrites.AlsoOnCreate"/>).</summary>
    public NodeType<T> AlsoOnCreate(Func<GraphDbContext, T, DateTimeOffset, (string Topic, object Payload)[]> also)
    {
        Writes.AlsoOnCreate = (db, entity, at) => also(db, (T)entity, at);
        return this;
    }

    /// <summary>An input field that is not a column, applied to the entity by <paramref name="apply"/> (a message refuses the value).</summary>
    public NodeType<T> WriteInput(string name, Engine.Types.ScalarType type, bool requiredOnCreate, string description, Func<T, object?, string?> apply)
    {
        Writes.Inputs.Add(new WriteInput(name, type, requiredOnCreate, description, (entity, value, _) => ValueTask.FromResult(apply((T)entity, value))));
        return this;
    }

    /// <summary>An input field that is not a column and takes work outside the database to apply (a file stored), applied by
    /// <paramref name="apply"/>, which registers on its <see cref="WriteInputContext"/> how to undo that work when the write does not commit.</summary>
    public NodeType<T> WriteInput(string name, Engine.Types.ScalarType type, string description, Func<T, object?, WriteInputContext, ValueTask<string?>> apply)
    {
        Writes.Inputs.Add(new WriteInput(name, type, false, description, (entity, value, context) => apply((T)entity, value, context)));
        return this;
    }
}
