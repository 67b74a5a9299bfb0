/**
 * The Encompass model store: an embedded CDO repository on embedded Derby, with audits.
 *
 * <pre>{@code
 * ModelPackage.eINSTANCE.getName();          // register the generated EPackage first
 * try (EncompassRepository repository = EncompassRepository.open()) {   // ~/.encompass
 *     CDOSession session = repository.openSession();
 *     Transactions.write(session, transaction -> {
 *         Site site = RootObjects.findOrCreate(transaction, "/site", ModelPackage.Literals.SITE, Site.class);
 *         site.setName("lab");
 *         return null;
 *     });
 * }
 * }</pre>
 *
 * <p>Model-agnostic on purpose: the caller names the root EClass. The model's EPackage must be
 * registered in EMF's global registry and live in a resource whose URI is its nsURI, as generated
 * packages do; CDO's server resolves classes through that URI, and it is stored in the database.
 */
package org.encompass.persistence;
