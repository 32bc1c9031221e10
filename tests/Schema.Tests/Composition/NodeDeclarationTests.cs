using Graph.Engine.Types;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Schema.Composition;
using Graph.Schema.Data.Entities;
using Graph.Schema.Writes;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Tests.Composition;

/// <summary>A module's declaration names fields by their GraphQL names; a name the entity's type lacks fails the build.</summary>
public sealed class NodeDeclarationTests
{
    public static TheoryData<string, string> Misspellings() => new()
    {
        { "describe", "nmae" },
        { "hide", "passwrd" },
        { "connection", "bokings" },
        { "defaults", "ownr" },
        { "serverManaged", "ageYaers" },
        { "writeFields", "medicalHistroy" },
        { "readFields", "medcalHistory" },
    };

    [Theory]
    [MemberData(nameof(Misspellings))]
    public void A_misspelled_field_name_fails_the_build_naming_it(string declaration, string name)
    {
        Action<NodeType<Pet>> declare = declaration switch
        {
            "describe" => pet => pet.Describe(name, "A description."),
            "hide" => pet => pet.Hide(name),
            "connection" => pet => pet.Connection(name),
            "defaults" => pet => pet.DefaultsToCaller(name),
            "serverManaged" => pet => pet.ServerManaged(name),
            "writeFields" => pet => pet.WriteFields([name], [Role.Admin]),
            _ => pet => pet.ReadSignedIn().ReadFields([name], Role.Admin),
        };

        var error = Record.Exception(() => Compose(declare));
        Assert.NotNull(error);
        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void A_correct_declaration_builds_with_its_root_connection_and_writes()
    {
        var schema = Compose(pet => pet.Describe("name", "What the pet answers to.").RootConnection("pets").Connection("bookings").DefaultsToCaller("owner"));

        Assert.NotNull(schema.QueryType!.GetField("pets"));
        Assert.Equal("What the pet answers to.", ((ObjectType)schema.GetType("Pet")!).GetField("name")!.Description);
        Assert.Equal(["createPet", "updatePet", "deletePet"], schema.MutationType!.Fields.Select(f => f.Name));
        var input = (InputObjectType)schema.GetType("CreatePetInput")!;
        Assert.Equal("ID", input.GetField("ownerId")!.Type.ToString());
        Assert.Equal("String!", input.GetField("name")!.Type.ToString());
        Assert.Equal("Boolean", input.GetField("isActive")!.Type.ToString());
        Assert.Null(input.GetField("id"));
        Assert.Null(input.GetField("createdAt"));
    }

    private static GraphSchema Compose(Action<NodeType<Pet>> declare) =>
        new ServiceCollection()
            .AddGraphSchema()
            .AddSchemaModule<WritesSchemaModule>()
            .AddSingleton<ISchemaModule>(new PetModule(declare))
            .BuildServiceProvider()
            .GetRequiredService<GraphSchema>();

    private sealed class PetModule(Action<NodeType<Pet>> declare) : ISchemaModule
    {
        public void Configure(SchemaModuleBuilder module) => module.Node(declare);
    }
}
