using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Graph.Engine.Types;

/// <summary>
/// Creates CLR instances of code-first input objects from coerced field dictionaries with compiled
/// constructors and setters (positional records are built through their constructor).
/// </summary>
internal sealed class InputObjectActivator
{
    private static readonly ConcurrentDictionary<(Type, InputObjectType), InputObjectActivator> Cache = new();

    private readonly Func<object?[], object> _construct;
    private readonly (string GraphName, Type ClrType, GraphType GraphType)[] _constructorFields;
    private readonly Dictionary<string, (Action<object, object?> Set, Type ClrType, GraphType GraphType)> _setters = new(StringComparer.Ordinal);

    private InputObjectActivator(Type type, InputObjectType inputType)
    {
        var byClrName = new Dictionary<string, InputValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in inputType.Fields)
        {
            byClrName[field.ClrMember?.Name ?? field.Name] = field;
        }

        var constructor = type.GetConstructor(Type.EmptyTypes)
            ?? type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Input type {type} has no public constructor.");
        var parameters = constructor.GetParameters();
        var fieldsFromConstructor = new HashSet<string>(StringComparer.Ordinal);
        _constructorFields = new (string, Type, GraphType)[parameters.Length];
        var values = Expression.Parameter(typeof(object?[]), "values");
        var arguments = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var field = byClrName.GetValueOrDefault(parameter.Name ?? string.Empty);
            _constructorFields[i] = (field?.Name ?? string.Empty, parameter.ParameterType, field?.Type ?? Scalars.String);
            if (field is not null)
            {
                fieldsFromConstructor.Add(field.Name);
            }

            arguments[i] = Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), parameter.ParameterType);
        }

        _construct = Expression.Lambda<Func<object?[], object>>(
            Expression.Convert(Expression.New(constructor, arguments), typeof(object)), values).Compile();

        foreach (var field in inputType.Fields)
        {
            if (fieldsFromConstructor.Contains(field.Name) || field.ClrMember is not PropertyInfo { CanWrite: true } property)
            {
                continue;
            }

            var target = Expression.Parameter(typeof(object), "target");
            var value = Expression.Parameter(typeof(object), "value");
            var assign = Expression.Assign(
                Expression.Property(Expression.Convert(target, type), property),
                Expression.Convert(value, property.PropertyType));
            var setter = Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
            _setters[field.Name] = (setter, property.PropertyType, field.Type);
        }
    }

    public static InputObjectActivator For(Type type, InputObjectType inputType) =>
        Cache.GetOrAdd((type, inputType), static key => new InputObjectActivator(key.Item1, key.Item2));

    public object Create(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var map = fields as IReadOnlyDictionary<string, object?> ?? fields.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var arguments = new object?[_constructorFields.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var (name, clrType, graphType) = _constructorFields[i];
            arguments[i] = ArgumentConverter.Convert(map.GetValueOrDefault(name), graphType, clrType);
        }

        var instance = _construct(arguments);
        foreach (var (name, value) in map)
        {
            if (_setters.TryGetValue(name, out var setter))
            {
                setter.Set(instance, ArgumentConverter.Convert(value, setter.GraphType, setter.ClrType));
            }
        }

        return instance;
    }
}
