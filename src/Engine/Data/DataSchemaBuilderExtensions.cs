using Graph.Engine.Types;

namespace Graph.Engine.Data;

public static class DataSchemaBuilderExtensions
{
    /// <summary>
    /// Turns on the data conventions: fields marked <see cref="UseConnectionAttribute"/> (or configured through
    /// <see cref="DataOptions.Field"/>) get filtering, sorting, paging, projections and aggregates.
    /// </summary>
    public static SchemaBuilder AddData(this SchemaBuilder builder, Action<DataOptions>? configure = null)
    {
        var options = new DataOptions();
        configure?.Invoke(options);
        return builder.AddConvention(new DataConvention(options));
    }
}
