using System.Reflection;

namespace Graph.Engine.Types;

/// <summary>
/// The code-first conventions: CLR classes become object types (interfaces and abstract classes interface
/// types, classes used as arguments input object types), enums enum types, and members fields. Types are
/// created on first reference and completed afterwards, so CLR types may reference each other freely.
/// </summary>
internal sealed partial class ClrSchemaFactory(IReadOnlyDictionary<Type, ScalarType> scalarBindings)
{
    /// <summary>The <see cref="System.Reflection.MemberInfo"/> a code-first field was made from (in <see cref="OutputField.ContextData"/>), e.g. a type extension's method.</summary>
    internal const string MemberKey = "Graph.Engine.Member";

    private readonly Dictionary<Type, NamedType> _outputTypes = [];
    private readonly Dictionary<Type, InputObjectType> _inputTypes = [];
    private readonly Dictionary<Type, EnumType> _enumTypes = [];
    private readonly List<NamedType> _order = [];
    private readonly Queue<Action> _pending = new();
    private readonly HashSet<Type> _rootTypes = [];
    private readonly NullabilityInfoContext _nullability = new();

    public ObjectType RootType(Type type, bool isSubscription = false)
    {
        _rootTypes.Add(type);
        var objectType = new ObjectType(NameConventions.TypeName(type))
        {
            Description = type.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            RuntimeType = type,
        };
        _outputTypes[type] = objectType;
        _order.Add(objectType);
        _pending.Enqueue(() => CompleteComplexType(objectType, type, isRoot: true, isSubscription));
        return objectType;
    }

    public void Register(Type type)
    {
        if (type.IsEnum)
        {
            EnumFor(type);
        }
        else
        {
            OutputNamedType(type);
        }
    }

    /// <summary>Completes every created type (which may create more) and returns them in creation order.</summary>
    public List<NamedType> Complete()
    {
        while (_pending.Count > 0)
        {
            _pending.Dequeue()();
        }

        // Interfaces are known only now: a type implements every GraphQL interface its CLR type is assignable to.
        foreach (var (clrType, namedType) in _outputTypes)
        {
            if (namedType is ComplexType complex)
            {
                complex.Interfaces = _outputTypes
                    .Where(p => p.Value is InterfaceType && p.Key != clrType && p.Key.IsAssignableFrom(clrType))
                    .Select(p => (InterfaceType)p.Value)
                    .ToList();
            }
        }

        EnsureExtensionsApplied();
        return [.. _order];
    }

    private NamedType OutputNamedType(Type type)
    {
        if (scalarBindings.TryGetValue(type, out var bound) || ClrTypes.DefaultScalars.TryGetValue(type, out bound))
        {
            return bound;
        }

        if (type.IsEnum)
        {
            return EnumFor(type);
        }

        if (ClrTypes.IsDictionary(type))
        {
            return Scalars.Json;
        }

        if (_outputTypes.TryGetValue(type, out var existing))
        {
            return existing;
        }

        var description = type.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description;
        ComplexType created = type.IsInterface || type.IsAbstract
            ? new InterfaceType(NameConventions.TypeName(type)) { Description = description }
            : new ObjectType(NameConventions.TypeName(type))
            {
                Description = description,
                RuntimeType = type,
                IsTypeOf = type.IsInstanceOfType,
            };
        _outputTypes[type] = created;
        _order.Add(created);
        _pending.Enqueue(() => CompleteComplexType(created, type, isRoot: false, isSubscription: false));
        return created;
    }

    private NamedType InputNamedType(Type type)
    {
        if (scalarBindings.TryGetValue(type, out var bound) || ClrTypes.DefaultScalars.TryGetValue(type, out bound))
        {
            return bound;
        }

        if (type.IsEnum)
        {
            return EnumFor(type);
        }

        if (ClrTypes.IsDictionary(type))
        {
            return Scalars.Json;
        }

        if (_inputTypes.TryGetValue(type, out var existing))
        {
            return existing;
        }

        var created = new InputObjectType(NameConventions.InputTypeName(type))
        {
            Description = type.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            RuntimeType = type,
        };
        _inputTypes[type] = created;
        _order.Add(created);
        _pending.Enqueue(() => CompleteInputType(created, type));
        return created;
    }

    private EnumType EnumFor(Type type)
    {
        if (_enumTypes.TryGetValue(type, out var existing))
        {
            return existing;
        }

        var created = new EnumType(NameConventions.TypeName(type))
        {
            Description = type.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            RuntimeType = type,
        };
        var values = new List<EnumValue>();
        foreach (var member in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (member.IsDefined(typeof(GraphQLIgnoreAttribute)))
            {
                continue;
            }

            values.Add(new EnumValue(member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.EnumValueName(member.Name), member.GetValue(null)!)
            {
                Description = member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
                DeprecationReason = DeprecationReason(member),
            });
        }

        created.SetValues(values);
        _enumTypes[type] = created;
        _order.Add(created);
        return created;
    }

    /// <summary>The GraphQL type of a CLR type: lists from enumerables, non-null unless nullable.</summary>
    private GraphType TypeOf(Type type, NullabilityInfo? nullability, bool input, bool isId)
    {
        (type, nullability) = ClrTypes.UnwrapAsync(type, nullability);
        var nullable = ClrTypes.IsNullable(type, nullability, input);
        type = Nullable.GetUnderlyingType(type) ?? type;

        GraphType inner;
        if (ClrTypes.TryGetListElement(type, nullability, out var element, out var elementNullability))
        {
            inner = new ListType(TypeOf(element, elementNullability, input, isId));
        }
        else if (isId)
        {
            inner = Scalars.ID;
        }
        else
        {
            inner = input ? InputNamedType(type) : OutputNamedType(type);
        }

        return nullable ? inner : new NonNullType(inner);
    }

    private static string? DeprecationReason(MemberInfo member) =>
        member.GetCustomAttribute<GraphQLDeprecatedAttribute>()?.Reason
        ?? (member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete ? obsolete.Message ?? BuiltInDirectives.DefaultDeprecationReason : null);
}
