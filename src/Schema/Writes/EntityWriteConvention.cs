using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence.Identity;
using Graph.Schema.Data.Entities;
using Graph.Schema.Identity.Auth;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Graph.Schema.Writes;

/// <summary>
/// After the entity conventions: <c>create&lt;Type&gt;</c>, <c>update&lt;Type&gt;</c> and <c>delete&lt;Type&gt;</c> for every
/// entity that offers them (HotChocolate's mutation conventions: one input, a payload with the node and <c>errors</c>),
/// inputs made from the EF model (<see cref="EntityWriteModel"/>), each run by an <see cref="EntityWriter"/>. The
/// field's <c>@authorize</c> lets in the callers some rule could allow; the rows decide the rest.
/// </summary>
internal sealed class EntityWriteConvention(IReadOnlyList<EntityTypeOptions> entities, IModel model) : ISchemaConvention
{
    public void Apply(SchemaConventionContext context)
    {
        var mutation = (ObjectType)context.GetType(OperationTypeNames.Mutation)!;
        var error = (InterfaceType?)context.GetType("Error") ?? throw new SchemaException("The generated writes need the Error interface.");
        var fields = mutation.Fields.ToList();
        foreach (var options in entities)
        {
            var type = context.Types.OfType<ObjectType>().First(t => t.RuntimeType == options.ClrType);
            var entity = model.FindEntityType(options.ClrType) ?? throw new SchemaException($"{options.TypeName} is not an entity of the EF model.");
            var writer = new EntityWriter(EntityWriteModel.Create(options, entity, type));
            var offered = options.Writes.Offered;
            if (offered.HasFlag(WriteOperations.Create))
                fields.Add(Field(context, writer, WriteOperations.Create, type, error, CreateInput(context, writer.Model), writer.CreateAsync));
            if (offered.HasFlag(WriteOperations.Update))
                fields.Add(Field(context, writer, WriteOperations.Update, type, error, UpdateInput(context, writer.Model), writer.UpdateAsync));
            if (offered.HasFlag(WriteOperations.Delete))
                fields.Add(Field(context, writer, WriteOperations.Delete, type, error, DeleteInput(context, writer.Model), writer.DeleteAsync));
            if (offered.HasFlag(WriteOperations.Delete) && writer.Model.SoftDelete is not null)
                fields.Add(RestoreField(context, writer, type, error));
        }

        context.SetFields(mutation, fields);
    }

    private static OutputField Field(
        SchemaConventionContext context, EntityWriter writer, WriteOperations operation, ObjectType type, InterfaceType error, InputObjectType input, Engine.Execution.FieldResolver resolve)
    {
        var verb = operation.ToString();
        var name = verb.ToLowerInvariant() + type.Name;
        var payload = Payload(context, verb, type, error, operation == WriteOperations.Delete ? $"The {type.Name} as it was." : $"The {type.Name} as it is now; null when refused.");
        context.Types.Add(input);

        var field = new OutputField(name, new NonNullType(payload)) { Resolver = resolve };
        context.SetArguments(field, [new InputValue("input", new NonNullType(input))]);
        context.SetDescription(field, operation switch
        {
            WriteOperations.Create => $"Creates a {type.Name}.",
            WriteOperations.Update => $"Changes a {type.Name}: fields left out stay as they are, `null` clears.",
            _ => writer.Model.SoftDelete is null ? $"Deletes a {type.Name}." : $"Deletes a {type.Name} (it is kept, hidden from every read).",
        });

        var rules = writer.Model.RulesFor(operation);
        var roles = rules.Any(r => r.Condition is not null) ? null : rules.SelectMany(r => r.Roles).Distinct().Select(AuthClaims.RoleValue).ToArray();
        context.AddDirective(field, new AuthorizeDirective(roles, null, ApplyPolicy.BeforeResolver).ToApplied());
        return field;
    }

    /// <summary><c>{Verb}{Type}Payload { {type} errors }</c> over a <see cref="WritePayload"/>, added to the schema.</summary>
    private static ObjectType Payload(SchemaConventionContext context, string verb, ObjectType type, InterfaceType error, string nodeDescription)
    {
        var payload = new ObjectType(verb + type.Name + "Payload");
        var node = new OutputField(char.ToLowerInvariant(type.Name[0]) + type.Name[1..], type) { Resolver = ctx => new(((WritePayload)ctx.Parent!).Node) };
        var errors = new OutputField("errors", new ListType(new NonNullType(error))) { Resolver = ctx => new(((WritePayload)ctx.Parent!).Errors) };
        context.SetDescription(node, nodeDescription);
        context.SetDescription(errors, "Why the write was refused (nothing was written); null when it succeeded.");
        context.SetFields(payload, [node, errors]);
        context.Types.Add(payload);
        return payload;
    }

    /// <summary><c>restore&lt;Type&gt;</c>, for ADMIN, beside the soft delete it undoes.</summary>
    private static OutputField RestoreField(SchemaConventionContext context, EntityWriter writer, ObjectType type, InterfaceType error)
    {
        var payload = Payload(context, "Restore", type, error, $"The {type.Name} as it is now; null when refused.");
        var input = new InputObjectType("Restore" + type.Name + "Input");
        context.SetFields(input, [Id(context, writer.Model)]);
        context.Types.Add(input);

        var field = new OutputField("restore" + type.Name, new NonNullType(payload)) { Resolver = writer.RestoreAsync };
        context.SetArguments(field, [new InputValue("input", new NonNullType(input))]);
        context.SetDescription(field, $"Brings back a deleted {type.Name} (see the `deleted…` connection): it reappears in every read.");
        context.AddDirective(field, new AuthorizeDirective([AuthClaims.RoleValue(Role.Admin)], null, ApplyPolicy.BeforeResolver).ToApplied());
        return field;
    }

    private static InputObjectType CreateInput(SchemaConventionContext context, EntityWriteModel model)
    {
        var input = new InputObjectType("Create" + model.TypeName + "Input");
        context.SetFields(input, model.Fields.Select(f => Value(context, f, f.RequiredOnCreate ? new NonNullType(f.Type) : f.Type, model)));
        return input;
    }

    private static InputObjectType UpdateInput(SchemaConventionContext context, EntityWriteModel model)
    {
        var input = new InputObjectType("Update" + model.TypeName + "Input");
        context.SetFields(input, [Id(context, model), ExpectedUpdatedAt(context), .. model.Fields.Select(f => Value(context, f, f.Type, model))]);
        return input;
    }

    private static InputObjectType DeleteInput(SchemaConventionContext context, EntityWriteModel model)
    {
        var input = new InputObjectType("Delete" + model.TypeName + "Input");
        context.SetFields(input, [Id(context, model), ExpectedUpdatedAt(context)]);
        return input;
    }

    private static InputValue Id(SchemaConventionContext context, EntityWriteModel model)
    {
        var id = new InputValue("id", new NonNullType(Scalars.ID));
        context.SetDescription(id, $"The global ID of the {model.TypeName}.");
        return id;
    }

    private static InputValue ExpectedUpdatedAt(SchemaConventionContext context)
    {
        var value = new InputValue("expectedUpdatedAt", Scalars.DateTime);
        context.SetDescription(value, "When given, the write is refused with a `ConcurrencyError` if the row's `updatedAt` is no longer this.");
        return value;
    }

    private static InputValue Value(SchemaConventionContext context, WritableField field, GraphType type, EntityWriteModel model)
    {
        var value = new InputValue(field.Name, type);
        var description = field.Input?.Description
            ?? (field.Target is { } target ? $"The global ID of the {target.ClrType.Name} for `{field.NodeField}`." : null)
            ?? model.Options.FieldDescriptions.GetValueOrDefault(field.NodeField);
        if (model.Writes.CallerDefaults.Contains(field.NodeField))
            description += " Left out: the current user.";
        if (field.MaxLength is { } max)
            description = (description is null ? "" : description + " ") + $"At most {max} characters.";
        context.SetDescription(value, description);
        return value;
    }
}
