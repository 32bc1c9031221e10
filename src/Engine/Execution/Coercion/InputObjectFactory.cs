using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// Builds the CLR value of a coerced input object when its type has a <see cref="InputObjectType.RuntimeType"/>:
/// a constructor whose parameters match field names (records), then settable properties and fields for the
/// rest. The plan is built once per input type and compiled, so no reflection runs per request.
/// </summary>
internal static class InputObjectFactory
{
    private static readonly ConcurrentDictionary<InputObjectType, Plan> Plans = new();

    public static object Create(InputObjectType type, Dictionary<string, object?> fields)
    {
        if (type.RuntimeType is null || type.RuntimeType == typeof(object) ||
            type.RuntimeType.IsAssignableFrom(typeof(Dictionary<string, object?>)))
        {
            return fields;
        }

        return Plans.GetOrAdd(type, static t => Plan.Build(t, t.RuntimeType!)).Create(fields);
    }

    private sealed class Plan
    {
        private readonly Func<object?[], object> _construct;
        private readonly (string Field, Type Type)[] _parameters;
        private readonly (string Field, Type Type, Action<object, object?> Set)[] _members;

        private Plan(Func<object?[], object> construct, (string, Type)[] parameters, (string, Type, Action<object, object?>)[] members)
        {
            _construct = construct;
            _parameters = parameters;
            _members = members;
        }

        public object Create(Dictionary<string, object?> fields)
        {
            var arguments = new object?[_parameters.Length];
            for (var i = 0; i < _parameters.Length; i++)
            {
                var (field, type) = _parameters[i];
                arguments[i] = fields.TryGetValue(field, out var value)
                    ? ClrValueConverter.Convert(value, type)
                    : ClrValueConverter.DefaultOf(type);
            }

            var instance = _construct(arguments);
            foreach (var (field, type, set) in _members)
            {
                if (fields.TryGetValue(field, out var value))
                {
                    set(instance, ClrValueConverter.Convert(value, type));
                }
            }

            return instance;
        }

        public static Plan Build(InputObjectType inputType, Type clrType)
        {
            var constructor = PickConstructor(inputType, clrType);
            var parameters = constructor?.GetParameters() ?? [];
            var parameterFields = new (string, Type)[parameters.Length];
            var bound = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < parameters.Length; i++)
            {
                var field = MatchField(inputType, parameters[i].Name!)!;
                parameterFields[i] = (field.Name, parameters[i].ParameterType);
                bound.Add(field.Name);
            }

            var members = new List<(string, Type, Action<object, object?>)>();
            foreach (var field in inputType.Fields)
            {
                if (bound.Contains(field.Name))
                {
                    continue;
                }

                var member = field.ClrMember ?? FindMember(clrType, field.Name);
                switch (member)
                {
                    case PropertyInfo property when property.SetMethod is { IsPublic: true } || property.SetMethod is not null && field.ClrMember is not null:
                        members.Add((field.Name, property.PropertyType, CompileSetter(clrType, property)));
                        break;
                    case FieldInfo clrField when !clrField.IsInitOnly:
                        members.Add((field.Name, clrField.FieldType, CompileSetter(clrType, clrField)));
                        break;
                }
            }

            return new Plan(CompileConstructor(clrType, constructor), parameterFields, [.. members]);
        }

        private static ConstructorInfo? PickConstructor(InputObjectType inputType, Type clrType)
        {
            ConstructorInfo? best = null;
            foreach (var constructor in clrType.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
            {
                var parameters = constructor.GetParameters();
                var allMatch = true;
                foreach (var parameter in parameters)
                {
                    if (parameter.Name is null || MatchField(inputType, parameter.Name) is null)
                    {
                        allMatch = false;
                        break;
                    }
                }

                if (allMatch && (best is null || parameters.Length > best.GetParameters().Length))
                {
                    best = constructor;
                }
            }

            if (best is null && !clrType.IsValueType)
            {
                throw new InvalidOperationException(
                    $"Input type \"{inputType.Name}\" maps to {clrType} which has no public constructor whose parameters are input fields.");
            }

            return best;
        }

        private static InputValue? MatchField(InputObjectType inputType, string name)
        {
            foreach (var field in inputType.Fields)
            {
                if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return field;
                }
            }

            return null;
        }

        private static MemberInfo? FindMember(Type clrType, string name)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
            return (MemberInfo?)clrType.GetProperty(name, flags) ?? clrType.GetField(name, flags);
        }

        private static Func<object?[], object> CompileConstructor(Type clrType, ConstructorInfo? constructor)
        {
            var arguments = Expression.Parameter(typeof(object?[]), "arguments");
            Expression body;
            if (constructor is null)
            {
                body = Expression.New(clrType);
            }
            else
            {
                var parameters = constructor.GetParameters();
                var values = new Expression[parameters.Length];
                for (var i = 0; i < parameters.Length; i++)
                {
                    values[i] = Expression.Convert(
                        Expression.ArrayIndex(arguments, Expression.Constant(i)), parameters[i].ParameterType);
                }

                body = Expression.New(constructor, values);
            }

            return Expression.Lambda<Func<object?[], object>>(Expression.Convert(body, typeof(object)), arguments).Compile();
        }

        private static Action<object, object?> CompileSetter(Type clrType, MemberInfo member)
        {
            if (clrType.IsValueType)
            {
                // Boxed structs must be mutated in place, which compiled expressions cannot do.
                return member is PropertyInfo p ? p.SetValue : ((FieldInfo)member).SetValue;
            }

            var instance = Expression.Parameter(typeof(object), "instance");
            var value = Expression.Parameter(typeof(object), "value");
            var memberType = member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType;
            var assign = Expression.Assign(
                Expression.MakeMemberAccess(Expression.Convert(instance, clrType), member),
                Expression.Convert(value, memberType));
            return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
        }
    }
}
