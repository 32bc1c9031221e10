using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Graph.Persistence.Model;

/// <summary>An enum's SQL values: its member names in UPPER_SNAKE case (<c>SampleCollected</c> is
/// <c>'SAMPLE_COLLECTED'</c>), the values the column's CHECK constraint lists.</summary>
public static class EnumValues<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ToSqlMap =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => SqlNames.UpperSnakeCase(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> FromSqlMap =
        ToSqlMap.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => ToSqlMap.Values;

    public static string ToSql(TEnum value) =>
        ToSqlMap.TryGetValue(value, out var sql) ? sql : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TEnum).Name}.");

    public static TEnum FromSql(string value) =>
        FromSqlMap.TryGetValue(value, out var member) ? member : throw new InvalidOperationException($"'{value}' is not a {typeof(TEnum).Name} value.");
}

/// <summary>Stores an enum as its UPPER_SNAKE name in a text column.</summary>
public sealed class UpperSnakeEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    v => EnumValues<TEnum>.ToSql(v),
    s => EnumValues<TEnum>.FromSql(s))
    where TEnum : struct, Enum;
