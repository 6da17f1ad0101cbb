//! The token ZGW APIs want: a JWT signed with HS256 and the client's
//! secret, carrying `iss` and `client_id` (the client id), `iat` (now), and
//! `user_id` and `user_representation` (who asked, for the audit trail).
//! A new token is made for every call, so `iat` is always fresh.

use serde::{Deserialize, Serialize};

/// Who a call is made for: the API client or the staff member signed in,
/// as the registration's audit trail shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZgwUser {
    /// A stable identifier, e.g. the API client's name or a user name.
    pub id: String,
    /// How the audit trail shows the user, e.g. a name.
    pub representation: String,
}

impl ZgwUser {
    pub fn new(id: impl Into<String>, representation: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            representation: representation.into(),
        }
    }
}

/// The claims of a ZGW token.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    pub iss: String,
    pub iat: u64,
    pub client_id: String,
    pub user_id: String,
    pub user_representation: String,
}

/// A token for one call, issued now.
pub fn token(client_id: &str, secret: &[u8], user: &ZgwUser) -> Result<String, String> {
    let iat = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let claims = Claims {
        iss: client_id.to_string(),
        iat,
        client_id: client_id.to_string(),
        user_id: user.id.clone(),
        user_representation: user.representation.clone(),
    };
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret),
    )
    .map_err(|e| format!("failed to sign the ZGW token: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_is_hs256_with_the_zgw_claims() {
        let user = ZgwUser::new("zaaksysteem", "Zaaksysteem");
        let jwt = token("eigentaal", b"geheim-geheim-geheim", &user).unwrap();
        let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
        validation.required_spec_claims.clear();
        validation.validate_exp = false;
        let data = jsonwebtoken::decode::<Claims>(
            &jwt,
            &jsonwebtoken::DecodingKey::from_secret(b"geheim-geheim-geheim"),
            &validation,
        )
        .unwrap();
        assert_eq!(data.claims.client_id, "eigentaal");
        assert_eq!(data.claims.iss, "eigentaal");
        assert_eq!(data.claims.user_id, "zaaksysteem");
        assert!(data.claims.iat > 1_700_000_000);
        assert!(
            jsonwebtoken::decode::<Claims>(
                &jwt,
                &jsonwebtoken::DecodingKey::from_secret(b"another-secret"),
                &validation,
            )
            .is_err()
        );
    }
}
