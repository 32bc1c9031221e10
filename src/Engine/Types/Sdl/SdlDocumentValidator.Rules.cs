using Graph.Engine.Language;

namespace Graph.Engine.Types;

internal sealed partial class SdlDocumentValidator
{
    private void VisitFields(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            CheckDirectivesPerLocation([], field.Directives);
            VisitInputValues(field.Arguments, isInputField: false);
            VisitType(field.Type);
            VisitDirectives(field.Directives, DirectiveLocation.FieldDefinition);
        }
    }

    private void VisitInputValues(IReadOnlyList<InputValueDefinitionNode> values, bool isInputField)
    {
        foreach (var value in values)
        {
            CheckDirectivesPerLocation([], value.Directives);
            VisitType(value.Type);
            if (value.DefaultValue is not null)
            {
                VisitValue(value.DefaultValue);
            }

            VisitDirectives(value.Directives, isInputField ? DirectiveLocation.InputFieldDefinition : DirectiveLocation.ArgumentDefinition);
        }
    }

    private void VisitEnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            CheckDirectivesPerLocation([], value.Directives);
            VisitDirectives(value.Directives, DirectiveLocation.EnumValue);
        }
    }

    private void VisitType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                VisitNamedType(named);
                break;
            case ListTypeNode list:
                VisitType(list.Type);
                break;
            case NonNullTypeNode nonNull:
                VisitType(nonNull.Type);
                break;
        }
    }

    private void VisitNamedTypes(IReadOnlyList<NamedTypeNode> types)
    {
        foreach (var type in types)
        {
            VisitNamedType(type);
        }
    }

    /// <summary>KnownTypeNames: referenced types are defined in the document or standard.</summary>
    private void VisitNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_definedTypes.ContainsKey(name) || StandardTypeNames.Contains(name))
        {
            return;
        }

        var suggestions = Suggestions.List(name, StandardTypeNames.Concat(_definedTypes.Keys));
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions));
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var directive in directives)
        {
            VisitDirective(directive, location);
        }
    }

    private void VisitDirective(DirectiveNode directive, DirectiveLocation location)
    {
        var name = directive.Name.Value;

        // KnownDirectives
        if (!_directives.TryGetValue(name, out var definition))
        {
            Report($"Unknown directive \"@{name}\".");
        }
        else
        {
            var locationName = DirectiveLocations.GetName(location);
            if (!definition.Locations.Contains(locationName))
            {
                Report($"Directive \"@{name}\" may not be used on {locationName}.");
            }

            // KnownArgumentNamesOnDirectives
            var argumentNames = definition.BuiltIn is not null
                ? definition.BuiltIn.Arguments.Select(a => a.Name).ToList()
                : definition.Arguments!.Select(a => a.Name.Value).ToList();
            foreach (var argument in directive.Arguments)
            {
                if (!argumentNames.Contains(argument.Name.Value))
                {
                    var suggestions = Suggestions.List(argument.Name.Value, argumentNames);
                    Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions));
                }
            }
        }

        // UniqueArgumentNames
        foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            Report($"There can be only one argument named \"{group.Key}\".");
        }

        foreach (var argument in directive.Arguments)
        {
            VisitValue(argument.Value);
        }

        // ProvidedRequiredArgumentsOnDirectives (on leave)
        if (definition.Locations is not null)
        {
            var required = definition.BuiltIn is not null
                ? definition.BuiltIn.Arguments.Where(a => a.Type is NonNullType && a.DefaultValue is null).Select(a => (a.Name, Type: a.Type.ToString()))
                : definition.Arguments!.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null).Select(a => (Name: a.Name.Value, Type: TypeText(a.Type)));
            foreach (var (argumentName, type) in required)
            {
                if (directive.Arguments.All(a => a.Name.Value != argumentName))
                {
                    Report($"Argument \"@{name}({argumentName}:)\" of type \"{type}\" is required, but it was not provided.");
                }
            }
        }
    }

    /// <summary>UniqueInputFieldNames inside object literals.</summary>
    private void VisitValue(ValueNode value)
    {
        switch (value)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    VisitValue(item);
                }

                break;
            case ObjectValueNode obj:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (!seen.Add(field.Name.Value))
                    {
                        Report($"There can be only one input field named \"{field.Name.Value}\".");
                    }

                    VisitValue(field.Value);
                }

                break;
        }
    }

    private void CheckOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (!_operationTypes.TryAdd(operationType.Operation, operationType))
            {
                Report($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.");
            }
        }
    }

    private void CheckEnumValueNames(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        var known = PerName(_knownValueNames, typeName);
        foreach (var value in values)
        {
            if (!known.Add(value.Name.Value))
            {
                Report($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.");
            }
        }
    }

    private void CheckFieldNames(string typeName, IEnumerable<NameNode> names)
    {
        var known = PerName(_knownFieldNames, typeName);
        foreach (var name in names)
        {
            if (!known.Add(name.Value))
            {
                Report($"Field \"{typeName}.{name.Value}\" can only be defined once.");
            }
        }
    }

    private void CheckArgumentDefinitionNames(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            Report($"Argument \"{parentName}({group.Key}:)\" can only be defined once.");
        }
    }

    private void CheckDirectivesPerLocation(HashSet<string> seen, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (_directives.TryGetValue(name, out var definition) && !definition.Repeatable && !seen.Add(name))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.");
            }
        }
    }

    /// <summary>PossibleTypeExtensions: an extension extends a defined type of the same kind.</summary>
    private void CheckPossibleExtension(TypeExtensionNode extension)
    {
        var name = extension.Name.Value;
        var kind = extension switch
        {
            ScalarTypeExtensionNode => "scalar",
            ObjectTypeExtensionNode => "object",
            InterfaceTypeExtensionNode => "interface",
            UnionTypeExtensionNode => "union",
            EnumTypeExtensionNode => "enum",
            _ => "input object",
        };

        if (_definedTypes.TryGetValue(name, out var definition))
        {
            var definitionKind = definition switch
            {
                ScalarTypeDefinitionNode => "scalar",
                ObjectTypeDefinitionNode => "object",
                InterfaceTypeDefinitionNode => "interface",
                UnionTypeDefinitionNode => "union",
                EnumTypeDefinitionNode => "enum",
                _ => "input object",
            };
            if (definitionKind != kind)
            {
                Report($"Cannot extend non-{kind} type \"{name}\".");
            }

            return;
        }

        if (Scalars.GetSpecified(name) is not null)
        {
            if (kind != "scalar")
            {
                Report($"Cannot extend non-{kind} type \"{name}\".");
            }

            return;
        }

        var suggestions = Suggestions.List(name, _definedTypes.Keys);
        Report($"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(suggestions));
    }

    private static string TypeText(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => TypeText(nonNull.Type) + "!",
        ListTypeNode list => "[" + TypeText(list.Type) + "]",
        NamedTypeNode named => named.Name.Value,
        _ => string.Empty,
    };
}
