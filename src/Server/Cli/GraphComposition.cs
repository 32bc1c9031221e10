namespace Graph.Server.Cli;

/// <summary>How Program.cs wires the application, so every verb builds the same services.</summary>
public sealed record GraphComposition(
    Action<IServiceCollection, IConfiguration> ConfigureServices,
    Action<WebApplication> ConfigureApp);
