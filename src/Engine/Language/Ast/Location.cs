namespace Graph.Engine.Language;

/// <summary>
/// Where a node or token sits in its source: character offsets [Start, End) and the
/// 1-based line and column of Start, as the spec's error format (§7.1.2 "locations") needs.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
