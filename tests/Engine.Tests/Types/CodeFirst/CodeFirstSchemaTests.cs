using System.ComponentModel;
using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types.CodeFirst;

public sealed class CodeFirstSchemaTests
{
    public enum SampleStatus
    {
        Registered,
        SampleCollected,
        [GraphQLName("DONE")]
        Completed,
        [Obsolete("Use COMPLETED")]
        Closed,
        HTTPError,
    }

    public interface INode
    {
        [ID]
        Guid Id { get; }
    }

    [GraphQLDescription("A patient.")]
    public sealed class Patient : INode
    {
        public Guid Id { get; init; }

        public string Name { get; init; } = "";

        public string? Nickname { get; init; }

        public int Age { get; init; }

        public long? Score { get; init; }

        public DateTimeOffset BornAt { get; init; }

        public DateOnly? Visit { get; init; }

        public SampleStatus Status { get; init; }

        public List<string> Tags { get; init; } = [];

        public IReadOnlyList<string?>? Aliases { get; init; }

        [GraphQLIgnore]
        public string Secret { get; init; } = "";

        [GraphQLDeprecated("Use name")]
        public string FullName => Name;

        public Task<Patient?> GetBuddyAsync() => Task.FromResult<Patient?>(null);
    }

    public sealed record PatientFilter(string? Name, SampleStatus? Status, [property: DefaultValue(10)] int Take);

    public sealed class CreatePatientInput
    {
        public required string Name { get; init; }

        public IReadOnlyList<string> Tags { get; init; } = [];
    }

    public sealed class Greeter
    {
        public string Greet(string name) => $"Hello, {name}!";
    }

    public sealed class Query
    {
        public IReadOnlyList<Patient> Patients(PatientFilter? filter, int first = 10, SampleStatus status = SampleStatus.Registered) =>
            [new Patient { Name = filter?.Name ?? $"{first}:{status}", Tags = ["a"] }];

        public INode? Node([ID] Guid id) => new Patient { Id = id, Name = "n" };

        public string Hello([Service] Greeter greeter, string name = "world") => greeter.Greet(name);

        public string Parent([Parent] object? root, IResolverContext context, CancellationToken cancellationToken) =>
            $"{root is null}:{context.Field.Name}:{cancellationToken.CanBeCanceled}";

        public async ValueTask<int> CountAsync()
        {
            await Task.Yield();
            return 3;
        }
    }

    public sealed class Mutation
    {
        public Patient CreatePatient(CreatePatientInput input) => new() { Name = input.Name, Tags = [.. input.Tags] };
    }

    private static GraphSchema Build() => new SchemaBuilder()
        .AddQueryType<Query>()
        .AddMutationType<Mutation>()
        .AddType<Patient>()
        .Build();

    [Fact]
    public void Conventions_produce_the_expected_sdl()
    {
        const string expected = """"
            type Query {
              patients(filter: PatientFilterInput, first: Int! = 10, status: SampleStatus! = REGISTERED): [Patient!]!
              node(id: ID!): INode
              hello(name: String! = "world"): String!
              parent: String!
              count: Int!
            }

            type Mutation {
              createPatient(input: CreatePatientInput!): Patient!
            }

            """A patient."""
            type Patient implements INode {
              id: ID!
              name: String!
              nickname: String
              age: Int!
              score: Long
              bornAt: DateTime!
              visit: Date
              status: SampleStatus!
              tags: [String!]!
              aliases: [String]
              fullName: String! @deprecated(reason: "Use name")
              buddy: Patient
            }

            """
            The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.
            """
            scalar Long

            """The `DateTime` scalar represents an ISO-8601 compliant date time type."""
            scalar DateTime @specifiedBy(url: "https://www.graphql-scalars.com/date-time")

            """The `Date` scalar represents an ISO-8601 compliant date type."""
            scalar Date

            input PatientFilterInput {
              name: String
              status: SampleStatus
              take: Int! = 10
            }

            enum SampleStatus {
              REGISTERED
              SAMPLE_COLLECTED
              DONE
              CLOSED @deprecated(reason: "Use COMPLETED")
              HTTP_ERROR
            }

            interface INode {
              id: ID!
            }

            input CreatePatientInput {
              name: String!
              tags: [String!]!
            }
            """";
        Assert.Equal(expected, SchemaPrinter.Print(Build()));
    }

    [Fact]
    public async Task Resolvers_bind_arguments_services_and_parents()
    {
        var schema = Build();
        var query = schema.QueryType!;
        var services = new Services(new Greeter());

        var hello = await Resolve(query.GetField("hello")!, schema, null, new Dictionary<string, object?> { ["name"] = "Ada" }, services);
        Assert.Equal("Hello, Ada!", hello);
        Assert.Equal("Hello, world!", await Resolve(query.GetField("hello")!, schema, null, NoArguments, services));

        var patients = (IReadOnlyList<Patient>)(await Resolve(
            query.GetField("patients")!,
            schema,
            null,
            new Dictionary<string, object?> { ["filter"] = new Dictionary<string, object?> { ["name"] = "Bob", ["take"] = 5 }, ["first"] = 2 },
            services))!;
        Assert.Equal("Bob", Assert.Single(patients).Name);

        patients = (IReadOnlyList<Patient>)(await Resolve(query.GetField("patients")!, schema, null, new Dictionary<string, object?> { ["status"] = SampleStatus.HTTPError }, services))!;
        Assert.Equal("10:HTTPError", Assert.Single(patients).Name);

        var id = Guid.NewGuid();
        var node = await Resolve(query.GetField("node")!, schema, null, new Dictionary<string, object?> { ["id"] = id.ToString() }, services);
        Assert.Equal(id, Assert.IsType<Patient>(node).Id);

        Assert.Equal(3, await Resolve(query.GetField("count")!, schema, null, NoArguments, services));
        Assert.Equal("True:parent:False", await Resolve(query.GetField("parent")!, schema, null, NoArguments, services));

        var patientType = (ObjectType)schema.GetType("Patient")!;
        var patient = new Patient { Name = "Cy", Age = 4 };
        Assert.Equal("Cy", await Resolve(patientType.GetField("name")!, schema, patient, NoArguments, services));
        Assert.Equal(4, await Resolve(patientType.GetField("age")!, schema, patient, NoArguments, services));
        Assert.Null(await Resolve(patientType.GetField("buddy")!, schema, patient, NoArguments, services));
        Assert.True(patientType.IsTypeOf!(patient));
        Assert.Same(typeof(Patient), patientType.RuntimeType);

        var created = await Resolve(
            schema.MutationType!.GetField("createPatient")!,
            schema,
            null,
            new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["name"] = "Di", ["tags"] = new List<object?> { "x", "y" } } },
            services);
        Assert.Equal(["x", "y"], Assert.IsType<Patient>(created).Tags);
    }

    [Fact]
    public void Enum_values_keep_their_clr_runtime_values()
    {
        var status = (EnumType)Build().GetType("SampleStatus")!;
        Assert.Equal(SampleStatus.SampleCollected, status.GetValue("SAMPLE_COLLECTED")!.Value);
        Assert.Equal("DONE", status.GetValueByRuntimeValue(SampleStatus.Completed)!.Name);
    }

    [Theory]
    [InlineData("UserId", "userId")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("name", "name")]
    public void Camel_case(string input, string expected) => Assert.Equal(expected, NameConventions.CamelCase(input));

    [Theory]
    [InlineData("SampleCollected", "SAMPLE_COLLECTED")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Done", "DONE")]
    [InlineData("Version2Beta", "VERSION2_BETA")]
    public void Enum_value_names(string input, string expected) => Assert.Equal(expected, NameConventions.EnumValueName(input));

    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private static async Task<object?> Resolve(OutputField field, GraphSchema schema, object? parent, IReadOnlyDictionary<string, object?> arguments, IServiceProvider services) =>
        await field.Resolver!(new TestResolverContext(schema, parent, arguments) { Services = services, Field = field });

    private sealed class Services(Greeter greeter) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(Greeter) ? greeter : null;
    }
}
