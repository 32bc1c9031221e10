using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using Graph.Engine.Execution;

namespace Graph.Engine.Types;

internal sealed partial class ClrSchemaFactory
{
    /// <summary>Where a code-first field keeps the CLR member it came from, for conventions reading its attributes.</summary>

    private static readonly HashSet<string> ExcludedMethods = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "<Clone>$", "GetEnumerator", "Dispose", "DisposeAsync"];

    private void CompleteComplexType(ComplexType type, Type clrType, bool isRoot, bool isSubscription)
    {
        var instance = InstanceProvider(clrType, isRoot);
        var fields = new List<OutputField>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var flags = BindingFlags.Public | BindingFlags.Instance | (isRoot ? BindingFlags.Static : 0);
        foreach (var field in MemberFields(type, clrType, instance, flags, isSubscription))
        {
            if (names.Add(field.Name))
            {
                fields.Add(field);
            }
        }

        AddExtensionFields(type, fields, names, isSubscription);
        type.SetFields(fields);
    }

    /// <summary>The fields of a CLR type's public properties, then its methods, resolved on <paramref name="instance"/>.</summary>
    private IEnumerable<OutputField> MemberFields(ComplexType type, Type clrType, Func<IResolverContext, object?> instance, BindingFlags flags, bool isSubscription)
    {
        foreach (var property in Properties(clrType, flags))
        {
            if (property.IsDefined(typeof(GraphQLIgnoreAttribute)) || property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
            {
                continue;
            }

            var field = new OutputField(NameConventions.FieldName(property), TypeOf(property.PropertyType, _nullability.Create(property), input: false, IsId(property)))
            {
                Description = property.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
                DeprecationReason = DeprecationReason(property),
            };
            field.ContextData[MemberKey] = property;
            if (type is ObjectType)
            {
                field.Resolver = ResolverCompiler.CompileProperty(property, instance);
            }

            yield return field;
        }

        foreach (var method in Methods(clrType, flags))
        {
            if (MethodField(type, method, instance, isSubscription) is { } field)
            {
                yield return field;
            }
        }
    }

    private OutputField? MethodField(ComplexType type, MethodInfo method, Func<IResolverContext, object?> instance, bool isSubscription)
    {
        var returnNullability = _nullability.Create(method.ReturnParameter);
        var isStream = ClrTypes.TryGetAsyncStreamItem(method.ReturnType, returnNullability, out var itemType, out var itemNullability);
        var fieldType = isStream
            ? TypeOf(itemType, itemNullability, input: false, IsId(method))
            : TypeOf(method.ReturnType, returnNullability, input: false, IsId(method));

        var arguments = new List<InputValue>();
        var binders = new Func<IResolverContext, object?>?[method.GetParameters().Length];
        foreach (var parameter in method.GetParameters())
        {
            binders[parameter.Position] = ParameterBinder(parameter, arguments);
        }

        var field = new OutputField(NameConventions.FieldName(method), fieldType)
        {
            Description = method.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            DeprecationReason = DeprecationReason(method),
            Arguments = arguments,
        };
        field.ContextData[MemberKey] = method;

        if (type is not ObjectType)
        {
            return field;
        }

        if (isStream && isSubscription)
        {
            field.Subscribe = ResolverCompiler.CompileSubscribe(method, instance, binders);
            field.Resolver = static context => new ValueTask<object?>(context.Parent);
        }
        else
        {
            field.Resolver = ResolverCompiler.CompileMethod(method, instance, binders);
        }

        return field;
    }

    /// <summary>How one resolver parameter gets its value; GraphQL arguments are added to <paramref name="arguments"/>.</summary>
    private Func<IResolverContext, object?>? ParameterBinder(ParameterInfo parameter, List<InputValue> arguments)
    {
        var parameterType = parameter.ParameterType;
        if (parameterType == typeof(IResolverContext) || parameterType == typeof(CancellationToken))
        {
            return null;
        }

        if (parameter.IsDefined(typeof(ParentAttribute)))
        {
            return static context => context.Parent;
        }

        if (parameter.IsDefined(typeof(ServiceAttribute)))
        {
            var optional = ClrTypes.IsNullable(parameterType, _nullability.Create(parameter), input: true);
            return context => context.Services.GetService(parameterType)
                ?? (optional ? null : throw new InvalidOperationException($"No service of type {parameterType} is registered."));
        }

        var isId = IsId(parameter);
        var argumentType = TypeOf(parameterType, _nullability.Create(parameter), input: true, isId);
        var name = NameConventions.ArgumentName(parameter);
        var argument = new InputValue(name, argumentType)
        {
            Description = parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
            DeprecationReason = parameter.GetCustomAttribute<GraphQLDeprecatedAttribute>()?.Reason,
            ClrMember = parameter.Member,
        };

        var fallback = parameter.HasDefaultValue ? DefaultOf(parameter) : null;
        if (fallback is not null)
        {
            argument.DefaultValue = ValueLiterals.AstFromValue(fallback, argumentType);
        }

        arguments.Add(argument);
        return context => context.Arguments.TryGetValue(name, out var value)
            ? ArgumentConverter.Convert(value, argumentType, parameterType)
            : fallback ?? ArgumentConverter.Convert(null, argumentType, parameterType);
    }

    private static object? DefaultOf(ParameterInfo parameter)
    {
        var value = parameter.DefaultValue;
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return value is not null && type.IsEnum && !type.IsInstanceOfType(value) ? Enum.ToObject(type, value) : value;
    }

    private void CompleteInputType(InputObjectType type, Type clrType)
    {
        var fields = new List<InputValue>();
        var constructorParameters = clrType.GetConstructor(Type.EmptyTypes) is null
            ? clrType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()?.GetParameters() ?? []
            : [];
        foreach (var property in Properties(clrType, BindingFlags.Public | BindingFlags.Instance))
        {
            var settable = property.SetMethod is { IsPublic: true }
                || constructorParameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (!settable || property.IsDefined(typeof(GraphQLIgnoreAttribute)) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var fieldType = TypeOf(property.PropertyType, _nullability.Create(property), input: true, IsId(property));
            var field = new InputValue(NameConventions.FieldName(property), fieldType)
            {
                Description = property.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description,
                DeprecationReason = DeprecationReason(property),
                ClrMember = property,
            };
            if (property.GetCustomAttribute<DefaultValueAttribute>() is { Value: not null } defaultValue)
            {
                field.DefaultValue = ValueLiterals.AstFromValue(defaultValue.Value, fieldType);
            }

            fields.Add(field);
        }

        type.SetFields(fields);
    }

    private Func<IResolverContext, object?> InstanceProvider(Type clrType, bool isRoot)
    {
        if (!isRoot)
        {
            return static context => context.Parent;
        }

        // Root values are rarely given; the root class comes from the services or is created once.
        var shared = new Lazy<object?>(() => clrType.GetConstructor(Type.EmptyTypes) is null ? null : Activator.CreateInstance(clrType));
        return context => clrType.IsInstanceOfType(context.Parent)
            ? context.Parent
            : context.Services.GetService(clrType) ?? shared.Value
                ?? throw new InvalidOperationException($"Cannot create {clrType}: register it as a service or give it a parameterless constructor.");
    }

    private static IEnumerable<PropertyInfo> Properties(Type type, BindingFlags flags)
    {
        var properties = type.GetProperties(flags).AsEnumerable();
        if (type.IsInterface)
        {
            properties = properties.Concat(type.GetInterfaces().SelectMany(i => i.GetProperties(flags)));
        }

        return BaseFirst(properties.Where(p => p.Name != "EqualityContract"));
    }

    // Reflection lists a class's own members before inherited ones; fields read better base-first.
    private static IEnumerable<T> BaseFirst<T>(IEnumerable<T> members)
        where T : MemberInfo =>
        members.Select((member, index) => (member, index))
            .OrderBy(p => Depth(p.member.DeclaringType))
            .ThenBy(p => p.index)
            .Select(p => p.member);

    private static int Depth(Type? type)
    {
        var depth = 0;
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }

    private static IEnumerable<MethodInfo> Methods(Type type, BindingFlags flags)
    {
        var methods = type.GetMethods(flags).AsEnumerable();
        if (type.IsInterface)
        {
            methods = methods.Concat(type.GetInterfaces().SelectMany(i => i.GetMethods(flags)));
        }

        return BaseFirst(methods).Where(m =>
            !m.IsSpecialName
            && !m.IsGenericMethodDefinition
            && m.ReturnType != typeof(void)
            && m.DeclaringType != typeof(object)
            && !ExcludedMethods.Contains(m.Name)
            && !m.IsDefined(typeof(GraphQLIgnoreAttribute))
            && !m.IsDefined(typeof(CompilerGeneratedAttribute))
            && m.GetParameters().All(p => !p.ParameterType.IsByRef));
    }

    private static bool IsId(ICustomAttributeProvider member) => member.IsDefined(typeof(IDAttribute), false);

    /// <summary>[ID] on an interface member also types its implementations, which the interface's field type requires.</summary>
    private static bool IsId(PropertyInfo property) =>
        property.IsDefined(typeof(IDAttribute), false)
        || property.DeclaringType!.GetInterfaces().Any(i => i.GetProperty(property.Name)?.IsDefined(typeof(IDAttribute), false) == true);
}
