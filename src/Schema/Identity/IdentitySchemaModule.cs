using Graph.Engine.Data;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Schema.Composition;
using Graph.Schema.Data.Entities;

namespace Graph.Schema.Identity;

/// <summary>Users (customers and staff) and their addresses. Secrets (password hash, tokens) are never fields.</summary>
public sealed class IdentitySchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.AddNodeEntity<User>("User", t => t
            .Hide("passwordHash", "refreshTokens")
            .Describe("fullName", "First and last name joined (seed 001's full_name and staff name).")
            .Describe("roles", "The user's roles; ADMIN replaces is_superuser, any staff role is_staff.")
            .Describe("userType", "Where the account came from: WEB, WHATSAPP, MEDICAL_QUESTIONNAIRE or CHAT.")
            .Describe("lockedUntil", "The account is locked while this is in the future.")
            .Describe("failedLoginAttempts", "Failed logins since the last successful one.")
            .Describe("assignedArea", "The area a collection staff member covers.")
            .Describe("email", "Unique case-insensitively; null for accounts that only have a phone."));
        module.AddNodeEntity<Address>("Address", t => t
            .Describe("isDefault", "At most one default address per user."));
        module.HideType<RefreshToken>();
        module.AddConnectionField("User", "addresses");
        module.AddTypeExtension<IdentityQueries>();
    }
}

[ExtendObjectType(OperationTypeNames.Query)]
public sealed class IdentityQueries
{
    [UseConnection]
    [GraphQLDescription("Every user: customers and staff.")]
    public IQueryable<User> Users([Service] GraphDbContext db) => db.Users;
}
