namespace Graph.Persistence.Access;

/// <summary>
/// The viewer of one service scope (an HTTP request, a realtime operation): the scoped <see cref="GraphDbContext"/>
/// reads for it, looked up at each query, so setting it after the context was made still counts. A scope nobody set
/// reads as <see cref="DataViewer.Anonymous"/>: forgetting to set it hides rows rather than showing them.
/// </summary>
public sealed class DataViewerScope
{
    public DataViewer Viewer { get; set; } = DataViewer.Anonymous;
}
