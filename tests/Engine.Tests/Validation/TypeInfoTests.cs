using Graph.Engine.Language;
using Graph.Engine.Validation;

namespace Graph.Engine.Tests.Validation;

public sealed class TypeInfoTests
{
    /// <summary>Records, for each node kind of interest, what TypeInfo says when the node is entered.</summary>
    private sealed class Recorder(TypeInfo typeInfo) : ValidationWalker(typeInfo)
    {
        public List<string> Log { get; } = [];

        protected override bool OnEnter(SyntaxNode node)
        {
            var info = TypeInfo;
            switch (node)
            {
                case FieldNode field:
                    Log.Add($"field {field.Name.Value}: parent={info.ParentType?.Name} type={info.Type} def={info.FieldCoordinate}");
                    break;
                case ArgumentNode argument:
                    Log.Add($"arg {argument.Name.Value}: input={info.InputType} def={info.Argument?.Name} directive={info.Directive?.Name} default={(info.DefaultValue is null ? "-" : Printer.Print(info.DefaultValue))}");
                    break;
                case ObjectFieldNode objectField:
                    Log.Add($"objectField {objectField.Name.Value}: input={info.InputType} parentInput={info.ParentInputType} default={(info.DefaultValue is null ? "-" : Printer.Print(info.DefaultValue))}");
                    break;
                case EnumValueNode enumValue:
                    Log.Add($"enum {enumValue.Value}: input={info.InputType} value={info.EnumValue?.Name}");
                    break;
                case VariableNode variable:
                    Log.Add($"variable {variable.Name.Value}: input={info.InputType} parentInput={info.ParentInputType}");
                    break;
                case InlineFragmentNode:
                    Log.Add($"inline: parent={info.ParentType?.Name} type={info.Type}");
                    break;
            }

            return true;
        }

        protected override void OnLeave(SyntaxNode node)
        {
        }
    }

    private static List<string> Record(string source)
    {
        var recorder = new Recorder(new TypeInfo(ValidationHarness.Schema));
        recorder.Walk(Parser.Parse(source));
        return recorder.Log;
    }

    [Fact]
    public void TracksOutputTypesThroughFieldsAndFragments()
    {
        var log = Record("{ human { pets { ... on Dog { barkVolume __typename } ... { name } } } __schema { queryType { name } } catOrDog { __typename } }");
        Assert.Equal(
            [
                "field human: parent=QueryRoot type=Human def=QueryRoot.human",
                "field pets: parent=Human type=[Pet] def=Human.pets",
                "inline: parent=Pet type=Dog",
                "field barkVolume: parent=Dog type=Int def=Dog.barkVolume",
                "field __typename: parent=Dog type=String! def=<meta>.__typename",
                "inline: parent=Pet type=Pet",
                "field name: parent=Pet type=String def=Pet.name",
                "field __schema: parent=QueryRoot type=__Schema! def=<meta>.__schema",
                "field queryType: parent=__Schema type=__Type! def=__Schema.queryType",
                "field name: parent=__Type type=String def=__Type.name",
                "field catOrDog: parent=QueryRoot type=CatOrDog def=QueryRoot.catOrDog",
                "field __typename: parent=CatOrDog type=String! def=<meta>.__typename",
            ],
            log);
    }

    [Fact]
    public void TracksInputTypesDefaultsAndEnumValues()
    {
        var log = Record("""
            query ($v: Boolean) {
              dog { isHouseTrained(atOtherHomes: $v) doesKnowCommand(dogCommand: SIT) }
              complicatedArgs { complexArgField(complexArg: { nonNullField: true, stringListField: [$v] }) enumArgField(enumArg: PURPLE) }
              human @include(if: $v) { name }
              unknown(arg: { a: 1 })
            }
            """);
        Assert.Equal(
            [
                "variable v: input=Boolean parentInput=",
                "field dog: parent=QueryRoot type=Dog def=QueryRoot.dog",
                "field isHouseTrained: parent=Dog type=Boolean def=Dog.isHouseTrained",
                "arg atOtherHomes: input=Boolean def=atOtherHomes directive= default=true",
                "variable v: input=Boolean parentInput=",
                "field doesKnowCommand: parent=Dog type=Boolean def=Dog.doesKnowCommand",
                "arg dogCommand: input=DogCommand def=dogCommand directive= default=-",
                "enum SIT: input=DogCommand value=SIT",
                "field complicatedArgs: parent=QueryRoot type=ComplicatedArgs def=QueryRoot.complicatedArgs",
                "field complexArgField: parent=ComplicatedArgs type=String def=ComplicatedArgs.complexArgField",
                "arg complexArg: input=ComplexInput def=complexArg directive= default=-",
                "objectField nonNullField: input=Boolean! parentInput=ComplexInput default=false",
                "objectField stringListField: input=[String] parentInput=ComplexInput default=-",
                "variable v: input=String parentInput=[String]",
                "field enumArgField: parent=ComplicatedArgs type=String def=ComplicatedArgs.enumArgField",
                "arg enumArg: input=FurColor def=enumArg directive= default=-",
                "enum PURPLE: input=FurColor value=",
                "field human: parent=QueryRoot type=Human def=QueryRoot.human",
                "arg if: input=Boolean! def=if directive=include default=-",
                "variable v: input=Boolean! parentInput=",
                "field name: parent=Human type=String def=Human.name",
                "field unknown: parent=QueryRoot type= def=",
                "arg arg: input= def= directive= default=-",
                "objectField a: input= parentInput= default=-",
            ],
            log);
    }
}
